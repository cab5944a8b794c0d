"""The scan reader's helpers without Tesseract: list markers OCR misreads, a row of column numbers,
a scan's resolution from its size, specks wiped, and a connector followed to an arrowhead."""

import pytest

from sop_kinerja.impor.formulir import butir
from sop_kinerja.impor.halaman import Kata, Simbol
from sop_kinerja.impor.identitas import _tanda_butir
from sop_kinerja.impor.tabel import _angka_saja


def test_list_markers_as_printed():
	# "1." read as "1", a bullet as ".", a closing ";" as ":"
	assert butir(_tanda_butir(["1 Memahami SAKIP:", "2. Mampu menganalisis", "3 Mampu mengoperasikan"])) == [
		"Memahami SAKIP:",
		"Mampu menganalisis",
		"Mampu mengoperasikan",
	]
	assert butir(_tanda_butir([". komputer & printer", ". meja & kursi"])) == [
		"komputer & printer",
		"meja & kursi",
	]
	# numbers out of turn are words, not markers
	assert _tanda_butir(["Undang-undang", "32 tahun 2004"]) == ["Undang-undang", "32 tahun 2004"]


def test_row_of_column_numbers_read_with_a_letter():
	kata = [Kata(t, i * 20, i * 20 + 5, 0, 5) for i, t in enumerate(["2", "s", "6", "7", "10", "“", "12"])]
	assert _angka_saja(kata)
	assert not _angka_saja([Kata("Ambil", 0, 20, 0, 5), Kata("2", 30, 35, 0, 5)])


def test_resolution_of_an_a4_scan_from_its_size():
	from sop_kinerja.impor.foto import dpi_a4

	assert dpi_a4(1240, 1754) == 150
	assert dpi_a4(2339, 1654) == 200
	assert dpi_a4(1000, 1000) is None


def test_specks_wiped_full_stops_kept():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.sel import hapus_bintik

	hitam = np.zeros((100, 200), np.uint8)
	hitam[40:60, 20:30] = 255  # a letter
	hitam[56:59, 33:36] = 255  # its full stop
	hitam[10:12, 150:152] = 255  # a speck far from any letter
	bersih = hapus_bintik(255 - hitam, hitam)
	assert bersih[57, 34] == 0 and bersih[50, 25] == 0
	assert bersih[10, 150] == 255


def test_line_followed_round_a_corner_into_an_arrowhead():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.halaman import Halaman
	from sop_kinerja.impor.jejak import pelacak as _pelacak

	hitam = np.zeros((300, 300), np.uint8)
	intan = Simbol("keputusan", 20, 60, 200, 240)  # skala 1: pixels are points
	tujuan = Simbol("proses", 20, 60, 40, 70)
	hitam[218:221, 61:150] = 255  # from the diamond's right tip, right
	hitam[50:221, 148:151] = 255  # then up, one edge of it ending above the arrowhead
	# an arrowhead pointing left, its tip short of the symbol
	for i in range(12):
		hitam[55 - i // 2 : 56 + i // 2, 70 + i] = 255
	hitam[54:57, 81:150] = 255  # left from the corner to the arrowhead's base
	hal = Halaman(300, 300, simbol=[intan, tujuan])
	lacak = _pelacak(hitam, 1.0)
	_h, x, y = lacak([hal], 0, intan)
	assert tujuan.memuat(x, y, 1.5)


def test_ya_line_followed_from_the_bottom_tip_and_tidak_from_the_side():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.halaman import Halaman
	from sop_kinerja.impor.jejak import pelacak

	hitam = np.zeros((400, 300), np.uint8)
	intan = Simbol("keputusan", 20, 60, 200, 240)  # skala 1: pixels are points
	kembali = Simbol("proses", 20, 60, 40, 70)
	lompat = Simbol("proses", 120, 160, 330, 360)
	hitam[218:221, 61:150] = 255  # "Tidak": right, then up to the earlier step's level, then left
	hitam[54:221, 148:151] = 255
	hitam[54:57, 61:150] = 255
	hitam[241:301, 39:42] = 255  # "Ya": down from the bottom tip, right, down into a later step
	hitam[298:301, 39:141] = 255
	hitam[298:330, 138:141] = 255
	hal = Halaman(300, 400, simbol=[intan, kembali, lompat])
	lacak = pelacak(hitam, 1.0)
	_h, x, y = lacak([hal], 0, intan)
	assert kembali.memuat(x, y, 1.5)
	_h, x, y = lacak([hal], 0, intan, "ya")
	assert lompat.memuat(x, y, 1.5)


def test_a_line_through_a_lettered_circle_goes_on_to_the_step_the_circle_points_to():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.halaman import Halaman
	from sop_kinerja.impor.jejak import pelacak

	hitam = np.zeros((300, 300), np.uint8)
	intan = Simbol("keputusan", 150, 190, 200, 240)  # skala 1: pixels are points
	tujuan = Simbol("proses", 150, 190, 40, 70)
	bulat = Simbol("terminator", 80, 100, 45, 65)  # an on-page connector "B", drawn on the way back
	hitam[218:221, 40:150] = 255  # "Tidak": left from the diamond's left tip, then up
	hitam[54:221, 40:43] = 255
	hitam[54:57, 40:80] = 255  # right, into the circle
	hitam[45:65, 80:82] = hitam[45:65, 98:100] = hitam[45:47, 80:100] = hitam[63:65, 80:100] = 255
	hitam[54:57, 101:149] = 255  # and out of it, on to the step
	hal = Halaman(300, 300, simbol=[intan, tujuan, bulat])
	hal.baca_huruf = lambda s: "B" if s is bulat else None
	hal.ocr = True
	_h, x, y = pelacak(hitam, 1.0)([hal], 0, intan)
	assert tujuan.memuat(x, y, 1.5)
	# a connector no line leaves is where the chart goes on to another page: the line ends there
	hitam[54:57, 101:149] = 0
	_h, x, y = pelacak(hitam, 1.0)([hal], 0, intan)
	assert bulat.memuat(x, y, 1.5)


def test_an_item_that_wraps_in_a_list_without_numbers_is_one_item():
	from sop_kinerja.impor.identitas import _baris_butir

	def baris(teks, x1, y):
		return [Kata(teks, 10, x1, y, y + 8)]

	penuh = [
		baris("bukti permohonan dicatat dalam aplikasi data base", 195, 0),
		baris("permohonan publik", 90, 10),
	]
	assert _baris_butir(penuh, 10, 200) == [
		"bukti permohonan dicatat dalam aplikasi data base permohonan publik"
	]
	# short lines are items of their own, and so is a line after one that ends on a mark
	assert _baris_butir([baris("komputer", 60, 0), baris("printer", 50, 10)], 10, 200) == [
		"komputer",
		"printer",
	]
	selesai = [baris("laporan dicatat dalam buku register harian;", 195, 0), baris("arsip", 40, 10)]
	assert _baris_butir(selesai, 10, 200) == ["laporan dicatat dalam buku register harian;", "arsip"]


def test_peringatan_runs_its_items_on_without_their_numbers():
	from sop_kinerja.impor.formulir import peringatan

	assert peringatan(["Hambatan dapat terjadi", "1) jika SOP tidak dilaksanakan", "2) jika tidak ada"]) == (
		"Hambatan dapat terjadi jika SOP tidak dilaksanakan jika tidak ada"
	)
	assert peringatan(["-"]) is None


def test_a_rule_drawn_cell_by_cell_is_one_rule():
	from sop_kinerja.impor.pdf_teks import _sambung_garis

	segmen = [(100.0, 30.0, 60.0), (100.2, 60.5, 120.0), (100.0, 121.0, 200.0), (150.0, 30.0, 60.0)]
	assert _sambung_garis(segmen) == [(100.0, 30.0, 200.0)]  # the lone segment at 150 stays as it was
	assert _sambung_garis([(100.0, 30.0, 60.0), (100.0, 70.0, 90.0)]) == []  # apart: two rules


def test_a_word_run_over_a_cells_rule_is_split_there():
	from sop_kinerja.impor.pdf_teks import _belah_di_garis

	def huruf(c, x0, x1):
		return {"text": c, "x0": x0, "x1": x1, "top": 100, "bottom": 108}

	# "Kelengkapan" overflowing its cell up to the rule at x=477.4, "Waktu" starting in the next cell
	chars = [
		huruf("a", 469.8, 474.1),
		huruf("n", 474.1, 478.8),
		huruf("W", 480.7, 489.2),
		huruf("a", 488.7, 493),
	]
	kata = {"x0": 469.8, "x1": 493, "top": 100, "bottom": 108, "chars": chars}
	assert ["".join(c["text"] for c in b) for b in _belah_di_garis(kata, [(477.4, 50, 300)])] == ["an", "Wa"]
	# letters that touch are one word, a rule between them or not
	rapat = [huruf("a", 470, 474), huruf("n", 474, 478.5), huruf("W", 478.6, 487)]
	kata = {"x0": 470, "x1": 487, "top": 100, "bottom": 108, "chars": rapat}
	assert len(_belah_di_garis(kata, [(477.4, 50, 300)])) == 1


def test_mutu_baku_over_three_unnamed_cells_and_a_heading_of_two_words():
	from sop_kinerja.impor.halaman import Halaman
	from sop_kinerja.impor.kepala import calon_kegiatan, mutu_tanpa_judul

	hal = Halaman(lebar=900, tinggi=600)
	mutu, baku = Kata("MUTU", 692, 714, 77, 84), Kata("BAKU", 716, 740, 77, 84)
	hal.kata = [Kata("AKTIVITAS", 166, 210, 77, 84), mutu, baku]
	hal.tegak = [(588, 59, 400), (843, 59, 400), (701, 103, 400), (746, 103, 400)]  # its cell, then three
	kelengkapan, waktu, output = mutu_tanpa_judul(hal, [mutu, baku])
	assert (kelengkapan.x0, waktu.x0, output.x1) == (590, 703, 841)
	hal.tegak = [(588, 59, 400), (843, 59, 400)]  # one cell under it: nothing to name
	assert mutu_tanpa_judul(hal, [mutu, baku]) is None

	hal.kata = [
		Kata("Uraian", 117, 135, 53, 60),
		Kata("Kegiatan", 137, 160, 53, 60),
		Kata("Pemohon", 240, 262, 65, 72),
	]
	assert calon_kegiatan(hal)[0].teks == "Uraian Kegiatan"


def test_list_markers_read_as_commas_or_doubled_letters():
	# OCR reads "b." as "b," and "c." as "cc.", "4." as "4,": each still starts its own item
	lines = ["a. undang-undang statistik;", "b, undang-undang keterbukaan;", "cc. peraturan presiden"]
	assert butir(_tanda_butir(lines)) == [
		"undang-undang statistik;",
		"undang-undang keterbukaan;",
		"peraturan presiden",
	]
	assert butir(_tanda_butir(["1. komputer", "2. printer", "3 kertas", "4, stempel"])) == [
		"komputer",
		"printer",
		"kertas",
		"stempel",
	]
	# a line that merely starts with a letter and a comma, in no a, b, c run, is no item
	assert butir(_tanda_butir(["1. satu", "a, lanjutan"])) == ["satu a, lanjutan"]


def test_header_words_misread_by_ocr():
	from sop_kinerja.impor.halaman import beda
	from sop_kinerja.impor.identitas import _gema_label
	from sop_kinerja.impor.pindaian import _kata_kepala_betul

	assert beda("wakta", "waktu") == 1 and beda("kelengkapari", "kelengkapan") == 2
	assert [_kata_kepala_betul(w) for w in ("Wakta", "KELENGKAPARI", "Pelaksona", "Outpu")] == [
		"Waktu",
		"KELENGKAPAN",
		"Pelaksana",
		"Output",
	]
	# a word of its own, or a short one, is never taken for a header word
	assert [_kata_kepala_betul(w) for w in ("Pelaksanaan", "Uraikan", "Ket", "waktu,")] == [
		"Pelaksanaan",
		"Uraikan",
		"Ket",
		"waktu,",
	]
	assert _gema_label('"Pasar Hukum', "dasar hukum") and _gema_label("Dasar Hukum -", "dasar hukum")
	assert not _gema_label("Peraturan Daerah", "dasar hukum")
	assert _gema_label("Kualifikasi Pelaksana", r"kualifikasi pelaksana(?:an)?")


def test_a_unit_ocr_missed_by_a_letter_is_read_and_flagged():
	from sop_kinerja.impor.waktu import baca_waktu

	assert (baca_waktu("15 ment").menit, baca_waktu("3 bari").menit) == (15, 3 * 450)
	assert baca_waktu("15 ment").ragu[0] == "The time {0} was read as {1} minutes."
	assert baca_waktu("30 mnt").ragu is None  # an abbreviation, not a slip
	for teks in ("1 jar", "2 hal", "Tentatif"):  # two letters off, or a word of its own: not a time
		assert baca_waktu(teks).menit is None


def test_an_actors_last_line_the_page_reading_dropped_is_added_from_the_cells_reading():
	from sop_kinerja.impor.kepala import _tambah_kata

	# the cell's reading clipped a first letter at its edge and found the last line
	assert _tambah_kata("Koordinator", "toordinator PPF") == "Koordinator PPF"
	assert (
		_tambah_kata("Wakil Dekan 1 / Manajer", "Vakil Dekan 1/ Manajer Umum")
		== "Wakil Dekan 1/ Manajer Umum"
	)
	assert _tambah_kata("Kepala", "Kepala A") == "Kepala"  # a connector's letter is no word of it
	assert _tambah_kata("Kepala Dinas", "Kepala") == "Kepala Dinas"  # fewer words: the page's reading
	assert _tambah_kata("Sekretaris", "Bendahara Umum") == "Sekretaris"  # another cell's words
	# the header's "Pelaksana" read with the cell when the rule under it went unseen
	assert _tambah_kata("Petugas", "Pelaksana Petugas") == "Petugas"
	assert _tambah_kata("Kasubbag", "Pelaksana Kasubbag Umum") == "Kasubbag Umum"


def test_the_next_cells_label_run_into_a_lists_last_item_is_no_part_of_it():
	from sop_kinerja.impor.identitas import _tanpa_label_berikut

	assert _tanpa_label_berikut(["Komputer", "Stempel Pencatatan dan Pendataan"]) == ["Komputer", "Stempel"]
	assert _tanpa_label_berikut(["ATK", "Peringatan :"]) == ["ATK"]
	assert _tanpa_label_berikut(["ATK Peralatan/Perlengkapan :"]) == ["ATK"]
	# one word without its colon is an item's own word
	assert _tanpa_label_berikut(["Buku Pencatatan"]) == ["Buku Pencatatan"]


def test_the_rest_of_a_word_the_page_reading_had_only_the_end_of():
	from sop_kinerja.impor.kepala import _tambah_kata

	assert (
		_tambah_kata("gas Konsultasi Statistik", "Petugas Konsultasi Statistik")
		== "Petugas Konsultasi Statistik"
	)


def test_a_connectors_letter_read_by_ocr_as_its_look_alike_still_finds_its_twin():
	from sop_kinerja.impor.halaman import rupa

	assert rupa("8") == rupa("b") == "B"
	assert rupa("0") == rupa("O")
	assert rupa("aa") == "A"
	assert rupa("c") != rupa("b")


def test_a_connectors_letter_is_read_alone_without_its_outline_or_arrowhead():
	np = pytest.importorskip("numpy")
	cv2 = pytest.importorskip("cv2")
	from sop_kinerja.impor import ocr
	from sop_kinerja.impor.simbol import _huruf_penghubung

	if not ocr.tersedia():
		pytest.skip("Tesseract with its Indonesian data is not installed")
	for huruf in "ABC":
		# a small circle at 200 dpi, as a scan has it, an arrowhead touching it on the left
		gambar = np.full((80, 80), 255, np.uint8)
		cv2.circle(gambar, (40, 40), 22, 0, 2)
		cv2.fillPoly(gambar, [np.array([[10, 34], [10, 46], [19, 40]])], 0)
		cv2.putText(gambar, huruf, (32, 48), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 2)
		s = Simbol("terminator", 18 * 0.36, 62 * 0.36, 18 * 0.36, 62 * 0.36)
		assert _huruf_penghubung(gambar, 0.36, s) == huruf


def test_a_folds_crease_is_no_ink_and_no_rule_while_a_faint_rule_is():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.pindaian import _tinta

	abu = np.full((900, 600), 235, np.uint8)
	abu[100:110:2, 50:550] = 40  # some print: short dark strokes
	for x in range(60, 540, 12):
		abu[300:320, x : x + 3] = 40
	abu[50:850, 100:102] = 90  # a rule, lighter than the print
	abu[:, 400:406] = 205  # a crease: a long band a little darker than the paper
	hitam = _tinta(abu)
	assert hitam[50:850, 100:102].mean() > 200
	assert hitam[120:, 400:406].mean() < 0.02 * 255  # at most a speck beside the print it crosses
	assert hitam[300:320, 61].all()


def test_a_flat_typed_symbol_beside_a_larger_one_is_kept_apart_for_a_row_with_none():
	np = pytest.importorskip("numpy")
	cv2 = pytest.importorskip("cv2")
	from sop_kinerja.impor.simbol import simbol_gambar

	hitam = np.zeros((2339, 1654), np.uint8)  # an A4 page at 200 dpi
	cv2.rectangle(hitam, (200, 200), (216, 216), 255, 2)  # a typed □
	cv2.rectangle(hitam, (200, 400), (220, 410), 255, 2)  # a typed ▭: a hole a few pixels high
	tabel = np.zeros_like(hitam)
	besar, kecil = simbol_gambar(hitam, tabel, 72 / 200)
	assert [round(s.atas / 72 * 200, -1) for s in besar] == [200]
	assert [round(s.atas / 72 * 200, -1) for s in kecil] == [400]
	assert kecil[0].jenis == "proses"
	# with a drawn symbol on the page, both typed ones are kept apart
	cv2.rectangle(hitam, (600, 600), (760, 680), 255, 3)
	besar, kecil = simbol_gambar(hitam, tabel, 72 / 200)
	assert len(besar) == 1 and len(kecil) == 2


def test_a_quote_mark_that_pairs_with_none_is_a_speck():
	from sop_kinerja.impor.sel import tanpa_kutip_lepas

	assert tanpa_kutip_lepas(["Tanda", "“terima"]) == ["Tanda", "terima"]
	assert tanpa_kutip_lepas(['Kepala"', "“Dinas"]) == ["Kepala", "Dinas"]
	assert tanpa_kutip_lepas(['"Persetuju', "teknis"]) == ["Persetuju", "teknis"]
	# a quotation, an apostrophe inside a word, a quoted word: as printed
	assert tanpa_kutip_lepas(["di", '"Putra', 'Utama"', "Mataram"]) == ["di", '"Putra', 'Utama"', "Mataram"]
	assert tanpa_kutip_lepas(["Jum'at", '"SIPD"', "‘a’"]) == ["Jum'at", '"SIPD"', "‘a’"]


def test_a_full_stop_inside_a_sentence_is_a_speck_but_an_abbreviations_is_print():
	from sop_kinerja.impor.sel import tanpa_tanda_lepas

	assert tanpa_tanda_lepas("apabila sudah. sesuai".split()) == ["apabila", "sudah", "sesuai"]
	assert tanpa_tanda_lepas("data dan . memo".split()) == ["data", "dan", "", "memo"]
	assert tanpa_tanda_lepas(["surat.dan"]) == ["surat dan"]
	for cetak in (
		"Kab. kota",
		"Akta Kelahiran. c. Pas foto",
		"Tidak lengkap: dikembalikan",
		"surat; bila tidak",
	):
		assert tanpa_tanda_lepas(cetak.split()) == cetak.split()


def test_two_words_a_speck_joined_with_a_hyphen_are_apart_again():
	from sop_kinerja.impor.sel import tanpa_tanda_lepas

	assert tanpa_tanda_lepas(["tipikor-dari", "permohonan-kepada:"]) == ["tipikor dari", "permohonan kepada:"]
	for cetak in ("pokok-pokok", "surat-menyurat", "perundang-undangan", "sehari-hari", "e-mail", "Covid-19"):
		assert tanpa_tanda_lepas([cetak]) == [cetak]


def test_a_toner_streak_past_both_borders_of_the_table_is_no_rule():
	np = pytest.importorskip("numpy")
	pytest.importorskip("cv2")
	from sop_kinerja.impor.pindaian import _garis_lurus

	hitam = np.zeros((2339, 1654), np.uint8)
	for y in (300, 500, 2000):  # the table's flat rules
		hitam[y : y + 3, 100:1550] = 255
	for x in (100, 400, 1550):  # its upright rules, from its top border to its bottom one
		hitam[300:2003, x : x + 3] = 255
	hitam[20:2330, 800:802] = 255  # a streak down the whole page
	komponen, rules = _garis_lurus(hitam)
	tegak = sorted(int(s[0]) for s in komponen[1][1][1:])
	assert tegak == [100, 400, 1550]
	assert not rules[1000, 801] and rules[1000, 401]


def test_rows_whose_numbers_were_not_read_take_the_numbers_of_their_places():
	from sop_kinerja.impor.tata_letak import Baris, _urut_nomor

	def baris(h, *nomor):
		return [Baris(no, h, 0, 0, None) for no in nomor]

	# a photo's No column: one number of eight read, the rest unreadable (-1)
	halaman = baris(0, -1, -1, -1, -1, -1, 6, -1, -1)
	dibetulkan = _urut_nomor(halaman)
	assert [b.no for b in halaman] == [1, 2, 3, 4, 5, 6, 7, 8]
	assert dibetulkan[1] == -1
	# a page none of whose numbers was read goes on from the page before
	dua = baris(0, 1, 2, -1) + baris(1, -1, -1)
	_urut_nomor(dua)
	assert [b.no for b in dua] == [1, 2, 3, 4, 5]
	# two numbers read that disagree ("2" read "3"): the page starts where the page before ends
	seri = baris(0, -1, 3, -1, -1, 5, -1)
	_urut_nomor(seri)
	assert [b.no for b in seri] == [1, 2, 3, 4, 5, 6]
	# numbers read out of their places, most of them, are the sheet's own: left as read
	aneh = baris(0, 1, 7, 9, -1)
	_urut_nomor(aneh)
	assert [b.no for b in aneh] == [1, 7, 9, -1]


def test_a_photos_faint_step_number_is_read_from_its_ink_alone():
	np = pytest.importorskip("numpy")
	cv2 = pytest.importorskip("cv2")
	from sop_kinerja.impor import ocr
	from sop_kinerja.impor.sel import _angka_sel

	if not ocr.tersedia():
		pytest.skip("Tesseract with its Indonesian data is not installed")
	for angka in "1 4 7 12".split():
		# a tall No cell of a photo: grey paper, a small grey bold number at its top, a rule's remnant
		sel = np.full((110, 55), 245, np.uint8)
		cv2.putText(sel, angka, (18 - 5 * (len(angka) - 1), 24), cv2.FONT_HERSHEY_DUPLEX, 0.5, 150, 1)
		sel[:, :2] = 160
		sel = cv2.GaussianBlur(sel, (3, 3), 0)
		assert ocr.baca_teks(_angka_sel(sel), psm=7, daftar_putih="0123456789").split() == [angka]
