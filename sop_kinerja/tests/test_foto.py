"""Phone photos of an SOP sheet (impor/foto.py): the paper found and flattened, a photo without paper
refused with its own message, a large photo decoded small."""

import io

from PIL import Image, ImageDraw

from sop_kinerja.impor import BerkasDitolakError, baca_berkas, foto
from sop_kinerja.tests.utils import IntegrationTestCase


def kertas(lebar=1400, tinggi=990) -> Image.Image:
	"""A landscape A4-like page: a ruled table with a little text."""
	halaman = Image.new("L", (lebar, tinggi), 250)
	gambar = ImageDraw.Draw(halaman)
	for y in range(100, tinggi - 50, 90):
		gambar.line([(60, y), (lebar - 60, y)], fill=20, width=3)
	for x in (60, 140, 500, lebar - 60):
		gambar.line([(x, 100), (x, tinggi - 80)], fill=20, width=3)
	gambar.text((160, 120), "Menerima surat masuk", fill=10)
	return halaman


def foto_di_meja(halaman: Image.Image) -> Image.Image:
	"""The page lying askew on a brown desk, photographed from above at a slant."""
	meja = Image.new("RGB", (2400, 1800), (120, 80, 45))
	w, h = halaman.size
	# where the page's corners land in the photo: a perspective, not a rectangle
	sudut = [(420, 300), (2050, 380), (1950, 1500), (350, 1380)]
	koef = _koefisien(sudut, [(0, 0), (w, 0), (w, h), (0, h)])
	miring = halaman.convert("RGB").transform(
		meja.size, Image.PERSPECTIVE, koef, Image.BICUBIC, fillcolor=None
	)
	topeng = Image.new("L", halaman.size, 255).transform(meja.size, Image.PERSPECTIVE, koef, Image.NEAREST)
	meja.paste(miring, (0, 0), topeng)
	return meja


def _koefisien(tujuan, asal):
	"""PIL's perspective coefficients mapping photo points (tujuan) back to page points (asal)."""
	import numpy as np

	baris = []
	for (x, y), (u, v) in zip(tujuan, asal, strict=True):
		baris.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
		baris.append([0, 0, 0, x, y, 1, -v * x, -v * y])
	hasil = np.linalg.solve(np.array(baris, dtype=float), np.array([c for p in asal for c in p], dtype=float))
	return tuple(hasil)


def jpeg(gambar: Image.Image, **kwargs) -> bytes:
	keluar = io.BytesIO()
	gambar.convert("RGB").save(keluar, format="JPEG", quality=85, **kwargs)
	return keluar.getvalue()


class TestFoto(IntegrationTestCase):
	def test_the_paper_is_found_and_flattened_to_a_page(self):
		halaman, ketemu = foto.ratakan(foto_di_meja(kertas()))
		self.assertTrue(ketemu)
		self.assertTrue(foto.DPI <= ketemu <= foto.DPI_MAKS)  # the resolution the photo shows it at
		panjang = round(297 / 25.4 * ketemu)
		self.assertEqual(halaman.size, (panjang, round(panjang / foto.A4)))
		# the desk is gone: the flattened page's border is paper, not brown wood
		tepi = [halaman.getpixel((x, 10)) for x in range(50, halaman.size[0] - 50, 100)]
		self.assertGreater(min(tepi), 200)

	def test_an_image_without_paper_comes_back_as_it_was(self):
		dinding = Image.new("RGB", (1600, 1200), (90, 120, 60))
		hasil, ketemu = foto.ratakan(dinding)
		self.assertFalse(ketemu)
		self.assertIs(hasil, dinding)

	def test_a_photo_with_no_sheet_gets_its_own_message(self):
		dinding = Image.new("RGB", (1600, 1200), (90, 120, 60))
		with self.assertRaises(BerkasDitolakError) as ditolak:
			baca_berkas("dinding.jpg", jpeg(dinding))
		self.assertEqual(ditolak.exception.pesan.split(":")[0], "No SOP sheet was found in the photo {0}")

	def test_a_large_photo_is_decoded_small(self):
		besar = Image.new("RGB", (8000, 6000), (200, 200, 200))  # 48 megapixels
		gambar = foto.buka(Image.open(io.BytesIO(jpeg(besar))))
		gambar.load()
		self.assertLessEqual(max(gambar.size), 2 * foto.SISI_BACA)

	def test_the_photo_is_turned_upright_by_its_exif_orientation(self):
		berdiri = Image.new("RGB", (600, 800), (255, 255, 255))
		exif = Image.Exif()
		exif[0x0112] = 6  # stored rotated: shown turned by 90 degrees
		gambar = foto.buka(Image.open(io.BytesIO(jpeg(berdiri, exif=exif))))
		self.assertEqual(gambar.size, (800, 600))

	def test_a_heic_photo_without_its_library_is_refused_with_a_clear_message(self):
		from unittest.mock import patch

		heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
		with patch.dict("sys.modules", {"pillow_heif": None}):  # the library is not installed
			with self.assertRaises(BerkasDitolakError) as ditolak:
				baca_berkas("foto-ponsel.heic", heic)
		self.assertIn("HEIC", ditolak.exception.pesan)
