"""Text PDFs of the fifth training part: Writer's shapes (lines drawn as thin filled shapes, off-page
connectors as small boxes with a letter), a connector drawn in its step's row, a title word that is a
header word, identity labels touching their cell's top rule, a colon inside the Nama SOP, "1 hr", a
line broken by hand."""

from pathlib import Path

import pytest

BERKAS = Path(__file__).parent / "lembar_mandiri/latih-5/berkas"


def _baca(nama):
	pytest.importorskip("pdfplumber")
	from sop_kinerja.impor import baca_berkas

	return baca_berkas(nama, (BERKAS / nama).read_bytes())


def _keputusan(lembar):
	return [(s.no, s.jika_tidak_ke, s.jika_ya_ke) for s in lembar.langkah if s.keputusan]


def test_writers_shapes_lines_as_thin_shapes_and_connectors_as_lettered_boxes():
	lembar = _baca("rekaan-f-rsud-izin-penelitian__writer.pdf")
	# 5's Ya and 14's Tidak go over to another page by a lettered connector; 7's Tidak ends the process
	assert _keputusan(lembar) == [
		(3, 1, None),
		(5, 6, 9),
		(7, None, None),
		(10, 9, None),
		(14, 13, None),
		(16, 15, None),
	]
	assert not any("symbols were found" in t.pesan for t in lembar.langkah[8].tanda)  # the connector beside 9
	assert lembar.langkah[1].output == "Berkas diperiksa"  # broken by hand, not a word cut by its cell


def test_a_connector_drawn_in_its_steps_row_beside_the_next_steps_symbol():
	lembar = _baca("rekaan-f-rsud-izin-penelitian__wkhtml.pdf")
	assert (5, 6, 9) in _keputusan(lembar)


def test_a_title_word_that_is_a_header_word_does_not_take_an_actors_column():
	lembar = _baca("setwan-pangandaran-rapat-akd__chromium.pdf")
	assert lembar.pelaksana[-1] == "Ketua AKD DPRD" and len(lembar.pelaksana) == 4


def test_identity_labels_touching_their_cells_top_rule_and_a_colon_inside_the_name():
	lembar = _baca("rppsa-ntb-petirahan__calc.pdf")
	assert lembar.nama_sop == 'Pelayanan Petirahan : Orientasi/konsultasi RPPSA "PUTRA UTAMA" MATARAM'
	assert lembar.disahkan == "Kadis Sosial Pencapil Prov. NTB."
	assert [s.waktu for s in lembar.langkah][1:5] == [450, 450, 450, 900]  # "1 hr", "2hr"


def test_a_scanned_identity_block_whose_labels_ocr_misread_and_whose_boxes_reach_over_rules():
	"""'Tanggai Revisi': a label's word a letter off; each word's OCR box taking in the stubs of the
	rules beside it."""
	from sop_kinerja.impor import ocr

	if not ocr.tersedia():
		pytest.skip("Tesseract with Indonesian is not installed")
	lembar = _baca("rppsa-ntb-petirahan__wkhtml__pindai-h1.png")
	assert (lembar.tanggal_revisi, lembar.tanggal_efektif) == ("17 Mei 2010", "1 Juni 2010")
	assert lembar.nomor_sop.endswith("01/2010") and "|" not in lembar.nomor_sop


def test_a_scanned_label_alone_in_its_cell_with_its_colon_misread():
	"""Calc's 'Peralatan/Perlengkapan :' alone in its row, its colon read as a digit: the items are in
	the cells below, and the next cell's label is no part of the last."""
	from sop_kinerja.impor import baca_berkas, ocr

	if not ocr.tersedia():
		pytest.skip("Tesseract with Indonesian is not installed")
	berkas = BERKAS.parent.parent / "latih-3/berkas/pkm-malili-cuti-tahunan__calc__pindai-h1.png"
	lembar = baca_berkas(berkas.name, berkas.read_bytes())
	assert lembar.identitas["peralatan"] == ["Komputer", "Printer", "Kertas", "Stempel"]
