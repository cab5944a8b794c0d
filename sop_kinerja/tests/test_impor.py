"""Impor SOP on a real site: sheets read into draft SOP records, the round trip through the SOP AP
print, the command line's JSON, and bad input refused with nothing made."""

import io
import json
import os
import subprocess
import zipfile
from pathlib import Path

import frappe
from frappe.tests.utils import FrappeTestCase

from sop_kinerja import impor_sop
from sop_kinerja.impor.lembar import Langkah, Lembar
from sop_kinerja.impor.ocr import tersedia as ocr_tersedia
from sop_kinerja.tests.utils import ensure_user

# the labelled set of SOP sheets, in the checkout beside the app (tests/lembar_sop)
LEMBAR = Path(__file__).resolve().parents[2] / "tests" / "lembar_sop"
SEED_OCR = LEMBAR / "seed-ocr.txt"  # the seed's own OCR text, as it came
SHIPPED = "SOP Perbaikan Data Kinerja"


def sop_ap_pdf(name: str = SHIPPED) -> bytes:
	return frappe.get_print("SOP", name, print_format="SOP AP", as_pdf=True)


def counts() -> tuple[int, int]:
	return frappe.db.count("SOP"), frappe.db.count("File")


class TestImporSOP(FrappeTestCase):
	def setUp(self):
		frappe.set_user("Administrator")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_round_trip_through_the_sop_ap_print(self):
		"""Print the shipped SOP as its SOP AP sheet, import the PDF: every step comes back equal."""
		lembar = impor_sop.baca("sop-ap.pdf", sop_ap_pdf())
		sop = frappe.get_doc("SOP", SHIPPED)
		self.assertEqual(len(lembar.langkah), len(sop.langkah))
		for row, langkah in zip(sop.langkah, lembar.langkah, strict=True):
			self.assertEqual(
				(
					langkah.no,
					langkah.kegiatan,
					langkah.pelaksana,
					langkah.kelengkapan,
					langkah.waktu,
					langkah.output,
					langkah.keterangan,
					langkah.keputusan,
					langkah.jika_tidak_ke,
				),
				(
					row.no,
					row.kegiatan,
					row.pelaksana,
					row.kelengkapan,
					row.waktu,
					row.output,
					row.keterangan or None,
					bool(row.tidak_setuju_ke),
					row.tidak_setuju_ke or None,
				),
			)
		self.assertEqual(lembar.nama_sop, sop.nama_sop)
		self.assertEqual(lembar.identitas["peralatan"], [r.uraian for r in sop.peralatan])
		self.assertEqual(lembar.identitas["dasar_hukum"], [r.uraian for r in sop.dasar_hukum])
		self.assertEqual(lembar.semua_tanda(), [])

	def test_a_draft_is_inactive_with_its_file_roles_and_flags(self):
		before = counts()
		lembar = impor_sop.baca("sop-ap.pdf", sop_ap_pdf())
		lembar.langkah[1].pelaksana = "Sekretaris Daerah"  # a post no Role is named after
		name = impor_sop.buat_draf(lembar, impor_sop.simpan_berkas("sop-ap.pdf", b"%PDF-1.4 stand-in"))
		doc = frappe.get_doc("SOP", name)
		self.assertEqual(counts(), (before[0] + 1, before[1] + 1))
		self.assertEqual(doc.aktif, 0)
		self.assertTrue(name.startswith(f"{SHIPPED} (Impor "), name)  # the shipped SOP keeps its name
		self.assertIn("Perbaikan Data Kinerja", doc.peringatan_impor)
		self.assertTrue(doc.berkas_sumber.startswith("/private/files/"))
		self.assertEqual(
			frappe.db.get_value("File", {"file_url": doc.berkas_sumber}, "attached_to_name"), name
		)
		self.assertEqual(doc.langkah[0].pelaksana, "Kepala Satuan")
		self.assertIsNone(doc.langkah[1].pelaksana)
		self.assertEqual(doc.langkah[1].pelaksana_lembar, "Sekretaris Daerah")
		self.assertIn("Sekretaris Daerah", doc.peringatan_impor)  # once, with the actors' table
		self.assertEqual(
			[(r.pelaksana_lembar, r.role) for r in doc.peta_pelaksana][:2],
			[("Kepala Satuan", "Kepala Satuan"), ("Sekretaris Daerah", None)],
		)
		self.assertEqual([r.tidak_setuju_ke for r in doc.langkah if r.tidak_setuju_ke], [4, 5, 6])
		# it cannot be made active until every step has a Role
		doc.aktif = 1
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_disahkan_oleh_is_split_into_jabatan_nama_and_nip(self):
		lembar = impor_sop.baca("seed-lembar.pdf", (LEMBAR / "seed-lembar.pdf").read_bytes())
		self.assertEqual(
			impor_sop.pengesahan(lembar.disahkan),
			{
				"disahkan_jabatan": "KEPALA SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT",
				"disahkan_nama": "Drs. HENDRA WIJAYA, M.Si",
				"disahkan_nip": "197005121993031007",
			},
		)
		# a sheet that prints the jabatan alone
		self.assertEqual(impor_sop.pengesahan("Kepala Dinas"), {"disahkan_jabatan": "Kepala Dinas"})

	def test_the_seed_ocr_text(self):
		lembar = impor_sop.baca(SEED_OCR.name, SEED_OCR.read_bytes())
		sop = frappe.get_doc("SOP", SHIPPED)
		right = sum(
			1
			for row, langkah in zip(sop.langkah, lembar.langkah, strict=True)
			if (row.pelaksana, row.waktu) == (langkah.pelaksana, langkah.waktu)
		)
		self.assertGreaterEqual(right, 9)
		# every actor read from the wording is marked as inferred
		self.assertTrue(all(any(t.bidang == "pelaksana" for t in s.tanda) for s in lembar.langkah))

	def test_the_command_line(self):
		bench = Path(frappe.get_app_path("frappe")).parents[2]
		folder = Path(frappe.get_site_path("private", "files"))
		pdf = folder / "impor-test-sop-ap.pdf"
		pdf.write_bytes(sop_ap_pdf())
		bad = folder / "impor-test-kosong.pdf"
		bad.write_bytes(b"")
		try:
			out = subprocess.run(
				["bench", "--site", frappe.local.site, "impor-sop", str(pdf), str(bad), "--json"],
				cwd=bench,
				capture_output=True,
				text=True,
				timeout=300,
			)
		finally:
			pdf.unlink()
			bad.unlink()
		self.assertEqual(out.returncode, 1, out.stderr)
		self.assertIn("impor-test-kosong.pdf", out.stderr)
		hasil = json.loads(out.stdout)
		self.assertEqual([h["berkas"] for h in hasil], [pdf.name, bad.name])
		# the shape the readers' JSON has (checked against the issue's in tests/test_impor_teks.py)
		bentuk = Lembar(berkas="x").ke_json()
		self.assertEqual(list(hasil[0]), list(bentuk))
		self.assertEqual(list(hasil[0]["identitas"]), list(bentuk["identitas"]))
		self.assertEqual(list(hasil[0]["langkah"][0]), list(Langkah(no=1).ke_json()))
		self.assertEqual(
			hasil[0]["pelaksana"],
			["Kepala Satuan", "Sekretaris", "Kasubbag Renja dan Monev", "Pelaksana", "Arsiparis"],
		)
		self.assertEqual([s["waktu"] for s in hasil[0]["langkah"]], [5, 5, 5, 20, 20, 20, 20, 5, 5, 5])
		self.assertEqual(hasil[1]["langkah"], [])
		self.assertEqual(len(hasil[1]["peringatan_impor"]), 1)

	def test_markup_from_a_file_stays_text(self):
		teks = SEED_OCR.read_text().replace(
			"Mengarsipkan Perbaikan", "Mengarsipkan <script>alert(1)</script><b>Perbaikan</b>"
		)
		lembar = impor_sop.baca("markup.txt", teks.encode())
		self.assertNotIn("<", lembar.langkah[-1].kegiatan)
		self.assertIn("Mengarsipkan", lembar.langkah[-1].kegiatan)


class TestImporBadInput(FrappeTestCase):
	"""Each is refused with a clear message, in the user's language, and nothing is made."""

	def setUp(self):
		frappe.set_user("Administrator")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.lang = frappe.db.get_default("lang") or "en"
		frappe.db.rollback()

	def refused(self, name: str, content: bytes, words: str):
		"""Through the desk's door: the uploaded File is removed again, no SOP is made."""
		before = counts()
		berkas = frappe.get_doc({"doctype": "File", "file_name": name, "content": content, "is_private": 1})
		berkas.insert()
		frappe.db.commit()
		with self.assertRaises(frappe.ValidationError) as ctx:
			impor_sop.impor_berkas(berkas.name)
		self.assertIn(words, str(ctx.exception))
		self.assertEqual(counts(), before)
		self.assertFalse(frappe.db.exists("File", berkas.name))

	def test_an_empty_file(self):
		self.refused("kosong.pdf", b"   ", "empty")

	def test_a_pdf_that_is_not_an_sop(self):
		from frappe.utils.pdf import get_pdf

		self.refused(
			"surat.pdf",
			get_pdf(
				"<h1>Undangan Rapat</h1><p>Dengan hormat, Bapak/Ibu diundang menghadiri rapat koordinasi "
				"pada hari Senin pukul 09.00 WIB di ruang rapat lantai dua. Atas perhatiannya diucapkan "
				"terima kasih.</p>"
			),
			"No SOP steps",
		)

	def test_a_file_over_the_limit(self):
		frappe.local.conf.max_file_size = 50_000
		try:
			with self.assertRaises(frappe.ValidationError) as ctx:
				impor_sop.baca("besar.pdf", b"%PDF-1.4\n" + b"0" * 60_000)
		finally:
			del frappe.local.conf["max_file_size"]
		self.assertIn("0.0 MB", str(ctx.exception))

	def test_a_password_protected_pdf(self):
		from pypdf import PdfReader, PdfWriter

		writer = PdfWriter()
		for page in PdfReader(io.BytesIO(sop_ap_pdf())).pages:
			writer.add_page(page)
		writer.encrypt("rahasia")
		out = io.BytesIO()
		writer.write(out)
		self.refused("terkunci.pdf", out.getvalue(), "password")

	def test_a_docx_zip_bomb(self):
		out = io.BytesIO()
		with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
			z.writestr("[Content_Types].xml", "<Types/>")
			z.writestr("word/document.xml", b"<w:document>" + b" " * 80_000_000 + b"</w:document>")
		self.assertLess(len(out.getvalue()), 1_000_000)
		self.refused("bom.docx", out.getvalue(), "zip bomb")

	def gambar_polos(self, mode: str, ukuran: tuple, warna, format: str) -> bytes:
		"""A plain image, for the refusals that need OCR (skipped without Tesseract)."""
		if not ocr_tersedia():
			self.skipTest("Tesseract with Indonesian is not installed")
		from PIL import Image

		out = io.BytesIO()
		Image.new(mode, ukuran, warna).save(out, format)
		return out.getvalue()

	def test_an_image_with_no_text(self):
		self.refused("kosong.png", self.gambar_polos("L", (1200, 800), 255, "PNG"), "No text")

	def test_a_truncated_jpeg(self):
		from PIL import Image

		out = io.BytesIO()
		Image.new("RGB", (1600, 1200), (240, 240, 240)).save(out, "JPEG")
		terpotong = out.getvalue()[: len(out.getvalue()) // 2]
		with self.assertRaises(frappe.ValidationError) as ctx:
			impor_sop.baca("terpotong.jpg", terpotong)
		self.assertIn("cut short", str(ctx.exception))
		# through the desk, Frappe re-encodes an uploaded JPEG (it strips EXIF data), filling in the
		# missing part: the sheet is still refused, and nothing is left
		self.refused("terpotong.jpg", terpotong, "terpotong.jpg")

	def test_a_decompression_bomb_png(self):
		from PIL import Image

		out = io.BytesIO()
		Image.new("1", (20_000, 20_000), 1).save(out, "PNG")  # 400 million pixels in a small file
		self.assertLess(len(out.getvalue()), 2_000_000)
		self.refused("bom.png", out.getvalue(), "too large")

	def test_a_photo_with_no_sheet_in_it(self):
		dinding = self.gambar_polos("RGB", (1600, 1200), (90, 120, 60), "JPEG")
		self.refused("dinding.jpg", dinding, "No SOP sheet was found in the photo")

	def test_a_pdf_whose_pages_are_images_of_another_document(self):
		if not ocr_tersedia():
			self.skipTest("Tesseract with Indonesian is not installed")
		from PIL import Image, ImageDraw

		halaman = Image.new("L", (1654, 2339), 255)
		gambar = ImageDraw.Draw(halaman)
		for i, baris in enumerate(
			(
				"UNDANGAN RAPAT",
				"Dengan hormat, Bapak/Ibu diundang menghadiri rapat",
				"koordinasi pada hari Senin pukul 09.00 WIB.",
			)
		):
			gambar.text((200, 300 + 60 * i), baris, fill=0)
		out = io.BytesIO()
		halaman.save(out, "PDF", resolution=200)
		self.refused("undangan.pdf", out.getvalue(), "No ")

	def test_a_heic_photo_without_its_library(self):
		from unittest.mock import patch

		heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
		with patch.dict("sys.modules", {"pillow_heif": None}):
			self.refused("foto.heic", heic, "HEIC")

	def test_without_tesseract_a_scan_is_refused_plainly_and_text_still_reads(self):
		from unittest.mock import patch

		scan = (LEMBAR / "seed-pindaian.png").read_bytes()
		with patch("sop_kinerja.impor.ocr.tersedia", return_value=False):
			with self.assertRaises(frappe.ValidationError) as ctx:
				impor_sop.baca("seed-pindaian.png", scan)
			self.assertIn("OCR is unavailable", str(ctx.exception))
			self.assertEqual(len(impor_sop.baca(SEED_OCR.name, SEED_OCR.read_bytes()).langkah), 10)

	def test_the_message_is_in_the_users_language(self):
		frappe.local.lang = "id"
		frappe.local.lang_full_dict = None
		with self.assertRaises(frappe.ValidationError) as ctx:
			impor_sop.baca("kosong.pdf", b"")
		self.assertIn("kosong", str(ctx.exception))
		self.assertNotIn("is empty", str(ctx.exception))

	def test_only_a_user_who_may_create_sops(self):
		user = "impor-pelaksana@example.com"
		ensure_user(user, ["Pelaksana"])
		berkas = frappe.get_doc(
			{"doctype": "File", "file_name": "x.txt", "content": b"x", "is_private": 1}
		).insert()
		frappe.set_user(user)
		self.assertRaises(frappe.PermissionError, impor_sop.impor_berkas, berkas.name)
		frappe.set_user("Administrator")
		self.assertTrue(frappe.db.exists("File", berkas.name))
