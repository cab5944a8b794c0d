"""Copies of copies and photos under a warm lamp (the seventh training part), and what they broke:
rules and symbols' outlines broken into dashes, a yellow sheet on a brown desk, a page on its side
that Tesseract took for the other side, step numbers a photo shows grey."""

from pathlib import Path

import pytest

SET = Path(__file__).parent / "lembar_mandiri"


def test_a_rule_broken_into_dashes_is_one_rule_and_a_line_of_text_is_none():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.pindaian import _garis_lurus

	hitam = np.zeros((600, 800), np.uint8)
	for x in range(50, 750, 50):  # a rule of dashes 44 px long, 6 px apart
		hitam[100:103, x : x + 44] = 255
	for x in range(50, 750, 12):  # a line of letters: short strokes, close together
		hitam[300:312, x : x + 2] = hitam[300:302, x : x + 9] = 255
	komponen, rules = _garis_lurus(hitam)
	_label, stats, _panjang = komponen[0]
	assert [(y, w) for x, y, w, h, _luas in stats[1:]] == [(100, 694)]  # one rule, its gaps joined
	assert rules[101, 60:90].all() and not rules[101, 96:98].any()  # its ink wiped, not the gaps
	assert not rules[301, 60:740].any()


def test_symbols_whose_outlines_a_copy_broke_are_found():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.simbol import simbol_gambar

	hitam = np.zeros((1000, 1400), np.uint8)
	for i in range(4):  # four process boxes whose outlines have a gap of a pixel or two
		x, y = 200 + 250 * i, 150 + 200 * i
		hitam[y : y + 3, x : x + 90] = hitam[y + 50 : y + 53, x : x + 90] = 255
		hitam[y : y + 53, x : x + 3] = hitam[y : y + 53, x + 87 : x + 90] = 255
		hitam[y : y + 3, x + 40 : x + 42] = hitam[y + 20 : y + 22, x : x + 3] = 0
	simbol, _kecil = simbol_gambar(hitam, np.zeros_like(hitam), 0.36)
	assert len(simbol) == 4


def test_a_yellow_sheet_under_a_warm_lamp_on_a_brown_desk_is_found():
	pytest.importorskip("cv2")
	import numpy as np
	from PIL import Image

	from sop_kinerja.impor import foto

	nama = "dispenduk-probolinggo-lahir-mati__chromium-mutlak__foto-h1.jpg"
	gambar = foto.buka(Image.open(SET / "latih-7" / "berkas" / nama))
	sudut = foto._sudut_kertas(np.array(gambar.convert("RGB")))
	assert sudut is not None
	lebar = np.linalg.norm(sudut[1] - sudut[0])
	assert 0.8 * gambar.width < lebar < gambar.width  # the sheet, not the frame


def test_a_page_on_its_side_that_orientation_detection_took_for_the_other_side(baca_lembar):
	lembar = baca_lembar("latih-6", "bptp-sumsel-konsultasi__wkhtml__foto-h1.jpg")
	assert [s.pelaksana for s in lembar.langkah][1:] == ["Petugas Layanan", "Kepala BPTP", "Petugas Layanan"]


def test_a_small_sheet_in_a_photo_keeps_its_steps_numbers_read_grey(baca_lembar):
	lembar = baca_lembar("latih-6", "pohuwato-kartu-anggota__chromium__foto-h1.jpg")
	assert [s.no for s in lembar.langkah] == list(range(1, 9))
	assert lembar.langkah[4].pelaksana == "Kepala Dinas"
