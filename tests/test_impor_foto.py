"""Scans and photos of the fourth training part: a page lying on its side, an A4 scan whose tones
are uneven (a fold's shade), rows ruled only in the No and Kegiatan columns, and a way back drawn
along a column rule on a photo."""

from pathlib import Path

import pytest

BERKAS = Path(__file__).parent / "lembar_mandiri/latih-4/berkas"


def _perlu_ocr():
	from sop_kinerja.impor import ocr

	if not ocr.tersedia():
		pytest.skip("Tesseract with Indonesian is not installed")


def test_a_scan_of_a4_size_with_a_shaded_half_is_no_photo():
	pytest.importorskip("cv2")
	from PIL import Image

	from sop_kinerja.impor import foto

	gambar = Image.open(BERKAS / "ung-formasi-pegawai-administrasi__wkhtml__pindai-h2.png")
	halaman, kertas = foto.ratakan(gambar)
	assert not kertas and halaman is gambar  # not cut down to its brighter half


def test_a_page_on_its_side_is_read_upright():
	_perlu_ocr()
	from PIL import Image

	from sop_kinerja.impor import baca_berkas

	nama = "man2yogya-legalisasi-akreditasi__wkhtml__pindai-h1.png"
	tegak = baca_berkas(nama, (BERKAS / nama).read_bytes())
	isi = Image.open(BERKAS / nama).rotate(90, expand=True)
	from io import BytesIO

	berkas = BytesIO()
	isi.save(berkas, "PNG", dpi=(200, 200))
	miring = baca_berkas(nama, berkas.getvalue())
	assert len(tegak.langkah) == 3
	assert [(s.no, s.pelaksana, s.waktu) for s in miring.langkah] == [
		(s.no, s.pelaksana, s.waktu) for s in tegak.langkah
	]


def test_rows_ruled_in_the_no_column_only_and_a_way_back_along_a_rule_on_a_photo():
	"""Writer's page photographed: the actors' area is a picture with its own rows, the No column's rules
	are shorter than a quarter of the page; step 7's Tidak runs to the actors' edge, up along its rule
	and back into step 6."""
	_perlu_ocr()
	from sop_kinerja.impor import baca_berkas

	nama = "rekaan-e-bpkad-sp2d__writer__foto-h2.jpg"
	lembar = baca_berkas(nama, (BERKAS / nama).read_bytes())
	langkah = {s.no: s for s in lembar.langkah}
	assert sorted(langkah) == [5, 6, 7, 8]
	assert [langkah[n].waktu for n in (5, 6, 7, 8)] == [30, 20, 15, 10]
	assert langkah[7].keputusan and langkah[7].jika_tidak_ke == 6


def test_a_table_whose_header_cannot_be_read_is_placed_by_its_content():
	from sop_kinerja.impor.halaman import Halaman, Simbol
	from sop_kinerja.impor.tanpa_kepala import tabel_tanpa_kepala

	# rules: No | Kegiatan | actor | actor | actor without symbol | Kelengkapan | Waktu | Output | Ket
	tepi = [30, 50, 200, 260, 320, 380, 440, 480, 530, 570]
	hal = Halaman(lebar=600, tinggi=800)
	hal.tegak = [(x, 60, 700) for x in tepi]
	hal.datar = [(y, 30, 570) for y in (60, 100, 200, 300, 700)]
	hal.simbol = [Simbol("proses", 210, 250, 130, 150), Simbol("keputusan", 270, 310, 230, 260)]
	tabel = tabel_tanpa_kepala(hal)
	assert tabel is not None
	assert (tabel.kolom["no"].x0, tabel.kolom["kegiatan"].x0, tabel.kolom["kegiatan"].x1) == (30, 50, 200)
	assert [(k.x0, k.x1) for k in tabel.lajur] == [(200, 260), (260, 320), (320, 380)]
	assert tabel.nama_lajur == ["Pelaksana 1", "Pelaksana 2", "Pelaksana 3"]
	assert (tabel.kolom["waktu"].x0, tabel.kolom["keterangan"].x1) == (440, 570)
	assert tabel.atas_isi == 100  # the rule above the first symbol's row
	hal.simbol = hal.simbol[:1]
	assert tabel_tanpa_kepala(hal) is None  # one symbol is no chart


def test_a_scan_whose_header_was_shaded_out_still_gives_its_steps_flagged():
	_perlu_ocr()
	from sop_kinerja.impor import baca_berkas

	nama = "man2yogya-pengganti-ijazah__wkhtml__pindai-h1.png"
	lembar = baca_berkas(nama, (BERKAS / nama).read_bytes())
	langkah = {s.no: s for s in lembar.langkah}
	assert sorted(langkah) == list(range(1, 9))
	assert (langkah[3].keputusan, langkah[3].jika_tidak_ke, langkah[3].jika_ya_ke) == (True, 4, 5)
	assert {langkah[n].pelaksana for n in (1, 2, 4, 6, 7, 8)} == {"Pelaksana 1"}
	assert any("header could not be read" in t.pesan for t in lembar.tanda)
	assert lembar.nama_sop == "Surat Keterangan Pengganti Ijazah Hilang/Rusak/Kesalahan Penulisan"


def test_a_headerless_table_over_two_pages_keeps_its_first_pages_columns():
	from sop_kinerja.impor.halaman import Halaman, Kata, Simbol
	from sop_kinerja.impor.tata_letak import susun

	tepi = [30, 50, 200, 260, 320, 380, 440, 480, 530, 570]

	def halaman(nomor, lajur):
		hal = Halaman(lebar=600, tinggi=800)
		hal.tegak = [(x, 60, 700) for x in tepi]
		hal.datar = [(y, 30, 570) for y in (60, 100, 200, 300, 700)]
		for (no, x0), atas in zip(zip(nomor, lajur, strict=True), (100, 200), strict=True):
			hal.kata += [
				Kata(str(no), 35, 42, atas + 5, atas + 13),
				Kata(f"Kegiatan{no}", 55, 120, atas + 5, atas + 13),
			]
			hal.simbol.append(Simbol("proses", x0 + 10, x0 + 50, atas + 30, atas + 50))
		return hal

	# page 1's symbols in the first two actor columns, page 2's in the second and third
	lembar = susun([halaman((1, 2), (200, 260)), halaman((3, 4), (260, 320))], "x.png")
	assert [(s.no, s.pelaksana) for s in lembar.langkah] == [
		(1, "Pelaksana 1"),
		(2, "Pelaksana 2"),
		(3, "Pelaksana 2"),
		(4, "Pelaksana 3"),
	]
