"""Layouts of the fourth training part: a flowchart pasted as a picture into a text PDF, a way back
drawn along a rule of the table, Mutu Baku with Waktu before Kelengkapan, an "Aktivitas/Kegiatan"
heading, the chart's title under the identity block on one page, an actor's name read three ways on
three pages, a scanned PDF read at its images' own resolution."""

import pytest

from sop_kinerja.impor.halaman import Halaman, Kata, Simbol


def test_a_line_that_runs_along_a_rule_is_followed_to_where_it_leaves_it():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.jejak import pelacak

	penuh = np.zeros((300, 300), np.uint8)
	penuh[10:290, 200:202] = 255  # a column rule of the table
	intan = Simbol("keputusan", 20, 60, 200, 240)  # skala 1: pixels are points
	kembali = Simbol("proses", 20, 60, 40, 70)
	penuh[219:221, 61:200] = 255  # "Tidak": right to the rule, up along it, then back left
	penuh[54:56, 61:200] = 255
	garis = penuh.copy()
	garis[:, 197:205] = 0  # the rule taken out of the ink the tracer follows
	hal = Halaman(300, 300, simbol=[intan, kembali])
	_h, x, y = pelacak(garis, 1.0, penuh)([hal], 0, intan)
	assert kembali.memuat(x, y, 1.5)
	# without the page's whole ink the line ends at the rule, at no step
	_h, x, y = pelacak(garis, 1.0)([hal], 0, intan)
	assert not kembali.memuat(x, y, 1.5)


def _kepala(*kata):
	hal = Halaman(lebar=842, tinggi=595)
	hal.kata = [Kata(t, x0, x1, atas, atas + 8) for t, x0, x1, atas in kata]
	return hal


def test_waktu_before_kelengkapan_and_a_heading_of_two_names():
	from sop_kinerja.impor.tabel import cari_tabel

	hal = _kepala(
		("NO", 30, 45, 60),
		("Aktivitas/Kegiatan", 60, 140, 60),
		("Pelaksana", 240, 280, 50),
		("Staf", 200, 215, 59),
		("Sekretaris", 300, 340, 59),
		("Waktu", 400, 425, 60),
		("Kelengkapan", 450, 500, 60),
		("Output", 540, 570, 60),
		("Ket", 610, 625, 60),
	)
	tabel = cari_tabel(hal)
	assert tabel is not None
	kol = tabel.kolom
	assert kol["waktu"].x1 <= kol["kelengkapan"].x0 < 450 < kol["kelengkapan"].x1 <= kol["output"].x0
	assert kol["output"].memuat(555) and not kol["output"].memuat(475)
	assert tabel.nama_lajur == ["Staf", "Sekretaris"]


def test_the_charts_title_under_the_identity_block_is_no_item_of_its_last_cell():
	from sop_kinerja.impor.identitas import _tanpa_judul_bagan

	kata = [
		Kata("Nama", 300, 325, 100, 108),
		Kata("SOP", 327, 345, 100, 108),
		Kata("LEGALISASI", 400, 450, 100, 108),
		Kata("SERTIFIKAT", 452, 500, 100, 108),
		Kata("Peringatan", 30, 80, 200, 208),
		Kata(":", 82, 84, 200, 208),
		Kata("LEGALISASI", 250, 300, 240, 248),
		Kata("SERTIFIKAT", 302, 350, 240, 248),
	]
	assert [k.teks for k in _tanpa_judul_bagan(kata)] == [k.teks for k in kata[:6]]
	# a last line that is not the SOP's name stays in its cell
	kata[-2:] = [Kata("tidak", 30, 55, 212, 220), Kata("terjamin", 57, 95, 212, 220)]
	assert len(_tanpa_judul_bagan(kata)) == len(kata)


def test_an_actors_name_as_most_pages_read_it():
	from sop_kinerja.impor.tabel import Tabel
	from sop_kinerja.impor.tata_letak import _satu_nama

	def tabel(*nama):
		return Tabel({}, [], list(nama), 0, 0, None)

	halaman = {
		1: tabel("OPERATOR", "KABIDPERBEN"),
		2: tabel("OPERAT0R", "KASID PERBEN"),
		3: tabel("OPERATOR", "KABID PERBEN"),
	}
	_satu_nama(halaman)
	assert [t.nama_lajur for t in halaman.values()] == [["OPERATOR", "KABID PERBEN"]] * 3
	# two pages say nothing of a third reading
	dua = {1: tabel("KABIDPERBEN"), 2: tabel("KASID PERBEN")}
	_satu_nama(dua)
	assert dua[1].nama_lajur == ["KABIDPERBEN"]


def test_a_scanned_pages_resolution_from_its_image():
	from sop_kinerja.impor import _dpi_gambar

	class Halaman_:
		width, height = 841.89, 595.28

		def __init__(self, images):
			self.images = images

	a4_150 = {"x0": 0, "x1": 841.89, "srcsize": (1754, 1240)}
	assert _dpi_gambar(Halaman_([a4_150])) == 150
	assert _dpi_gambar(Halaman_([{**a4_150, "x1": 300}])) is None  # a picture on the page, not the page
	assert _dpi_gambar(Halaman_([a4_150, a4_150])) is None


def test_a_flowchart_pasted_as_a_picture_into_a_word_pdf():
	"""Writer's PDF of a sheet whose actors' area is one picture (latih-4): the symbols, the decisions'
	lines and the connector to another page are read from the picture, the text from the text layer."""
	from pathlib import Path

	from sop_kinerja.impor import baca_berkas, ocr

	if not ocr.tersedia():
		pytest.skip("Tesseract with Indonesian is not installed")
	berkas = Path(__file__).parent / "lembar_mandiri/latih-4/berkas/rekaan-e-bpkad-sp2d__writer.pdf"
	lembar = baca_berkas(berkas.name, berkas.read_bytes())
	langkah = {s.no: s for s in lembar.langkah}
	assert len(langkah) == 13
	assert [langkah[n].pelaksana for n in (1, 2, 5, 6, 8, 11)] == [
		"OPERATOR LOKET",
		"VERIFIKATOR",
		"KASUBID PERBEN",
		"OPERATOR LOKET",
		"KABID PERBEN",
		"KEPALA BPKAD",
	]
	assert (langkah[5].jika_tidak_ke, langkah[7].jika_tidak_ke) == (2, 6)  # by connector B; along a rule
	assert (langkah[9].jika_tidak_ke, langkah[9].jika_ya_ke) == (10, 11)


def test_every_letter_taken_for_a_digit_reads_in_either_case():
	from sop_kinerja.impor.waktu import baca_waktu

	for huruf in "SOLIBZ":
		for h in (huruf, huruf.lower()):
			waktu = baca_waktu(f"{h} jam")
			assert waktu.menit is not None and waktu.ragu[0] == "The time {0} was read as {1} minutes."
