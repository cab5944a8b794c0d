"""Photos and scans of the training parts, read as a whole: a photo whose sheet runs off the frame,
flat typed symbols beside larger ones, a connector's letter OCR reads as its look-alike."""

from pathlib import Path

import pytest

SET = Path(__file__).parent / "lembar_mandiri"


def test_a_photo_whose_sheet_runs_off_the_frame_is_read_from_the_whole_frame(baca_lembar):
	lembar = baca_lembar("latih-6", "bptp-sumsel-konsultasi__chromium-mutlak__foto-h1.jpg")
	assert [s.pelaksana for s in lembar.langkah] == [
		"Pemohon/ Pengguna",
		"Petugas Layanan",
		"Kepala BPTP",
		"Petugas Layanan",
		"Kasie KSPP",
	]


def test_flat_typed_symbols_beside_larger_typed_ones_on_a_photo(baca_lembar):
	lembar = baca_lembar("latih-5", "rppsa-ntb-petirahan__calc__foto-h2.jpg")
	assert [s.pelaksana for s in lembar.langkah] == ["Kepala RPPSA"] + ["Bag. Penyantunan"] * 4 + [
		"Kepala RPPSA"
	]


def test_a_connectors_letter_read_as_a_digit_still_leads_to_its_twin_on_another_page(baca_lembar):
	lembar = baca_lembar("latih-4", "rekaan-e-bpkad-sp2d__wkhtml__pindai.pdf")
	assert lembar.langkah[4].jika_tidak_ke == 2  # a "B" read "8" on the page the line leaves


def _baca_teks(nama):
	pytest.importorskip("pdfplumber")
	pytest.importorskip("openpyxl")
	from sop_kinerja.impor import baca_berkas

	return baca_berkas(nama, (SET / "latih-6" / "berkas" / nama).read_bytes())


def test_two_connectors_drawn_side_by_side_each_lead_to_their_step():
	lembar = _baca_teks("kec-selayar-imb__chromium.pdf")
	# 5's and 6's Tidak leave page 2 by "B" and "C"; on page 1 both stand together, read as "BC"
	assert [(s.no, s.jika_tidak_ke) for s in lembar.langkah if s.keputusan] == [(2, 1), (5, 4), (6, 4)]


def test_an_output_column_headed_output_slash_hasil_and_a_cell_broken_by_hand():
	assert [s.output for s in _baca_teks("pt-denpasar-direktori-putusan__calc.xlsx").langkah][3] == (
		"Putusan yang siap di aploud"
	)
	lembar = _baca_teks("rekaan-g-dlh-persetujuan-teknis__writer.pdf")
	assert lembar.langkah[8].output == "Laporan hasil uji"


def test_a_specks_mark_after_an_output_is_no_part_of_it(baca_lembar):
	lembar = baca_lembar("latih-6", "bptp-sumsel-konsultasi__chromium-mutlak__pindai-h1.png")
	assert lembar.langkah[2].output == "Disposisi"  # read "Disposisi ." from the 1-bit copy
