"""Impor SOP without Frappe: waktu, the seed's OCR text, the JSON shape, and refusals that need no
reader library."""

import io
import zipfile

import pytest
from conftest import APP

from sop_kinerja.impor import BerkasDitolakError, baca_berkas
from sop_kinerja.impor.lembar import nama_utuh, rapikan
from sop_kinerja.impor.waktu import baca_waktu

SEED_OCR = APP.parent / "tests" / "lembar_sop" / "seed-ocr.txt"
# the seed's swimlanes and standard times, from its clean reading (shared/seed)
SEED = [
	("Kepala Satuan", 5),
	("Sekretaris", 5),
	("Kasubbag Renja dan Monev", 5),
	("Pelaksana", 20),
	("Kasubbag Renja dan Monev", 20),
	("Sekretaris", 20),
	("Kepala Satuan", 20),
	("Sekretaris", 5),
	("Kasubbag Renja dan Monev", 5),
	("Arsiparis", 5),
]


@pytest.mark.parametrize(
	"teks, menit, ragu",
	[
		("5 Menit", 5, False),
		("S Menit", 5, True),
		("1 Jam", 60, False),
		("1,5 jam", 90, False),
		("1 Hari", 450, False),
		("2 x 24 jam", 900, False),
		("2x24 Jam", 900, False),
		("30-60 menit", 60, True),
		("1 Bulan", 9000, True),  # twenty working days, for the admin to confirm
		("|20 Menit", 20, False),
		("Sesuai SPK", None, True),
		("", None, False),
	],
)
def test_waktu_in_minutes(teks, menit, ragu):
	waktu = baca_waktu(teks)
	assert waktu.menit == menit
	assert bool(waktu.ragu) == ragu


def test_a_working_day_is_set_by_the_caller():
	assert baca_waktu("2 Hari", menit_per_hari=480).menit == 960
	assert baca_waktu("Waktu 1 bulan", menit_per_hari=480).menit == 20 * 480


def test_the_seeds_ocr_text():
	lembar = baca_berkas(SEED_OCR.name, SEED_OCR.read_bytes())
	dibaca = [(s.pelaksana, s.waktu) for s in lembar.langkah]
	assert sum(a == b for a, b in zip(dibaca, SEED, strict=True)) >= 9
	assert [(s.no, s.jika_tidak_ke) for s in lembar.langkah if s.keputusan] == [(5, 4), (6, 5), (7, 6)]
	assert lembar.pelaksana == [p for p in dict.fromkeys(p for p, _ in SEED)]
	# the identity block's two columns, as OCR ran them together, apart again
	identitas = lembar.identitas
	assert [len(identitas[k]) for k in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan")] == [3, 2, 3]
	assert identitas["peralatan"] == ["Alat Tulis Kantor", "Komputer", "Printer"]
	assert identitas["pencatatan"] == ["Buku Agenda", "Nota Dinas"]
	assert identitas["keterkaitan"][2] == "SOP LAKIP dan Penyusunan Renja"
	assert identitas["peringatan"].startswith("Jika Kebijakan tidak dibuat")
	# what was inferred is flagged: every actor here, the lost number of step 5, the "S Menit" of step 9
	assert all(any(t.bidang == "pelaksana" for t in s.tanda) for s in lembar.langkah)
	assert any(t.bidang == "no" for t in lembar.langkah[4].tanda)
	assert any(t.bidang == "waktu" for t in lembar.langkah[8].tanda)


def test_the_json_shape():
	hasil = baca_berkas(SEED_OCR.name, SEED_OCR.read_bytes()).ke_json()
	assert list(hasil) == [
		"berkas",
		"nama_sop",
		"nomor_sop",
		"pelaksana",
		"langkah",
		"identitas",
		"peringatan_impor",
	]
	assert list(hasil["langkah"][0]) == [
		"no",
		"kegiatan",
		"pelaksana",
		"kelengkapan",
		"waktu",
		"waktu_teks",
		"output",
		"keterangan",
		"keputusan",
		"jika_tidak_ke",
		"jika_ya_ke",
		"halaman",
	]
	assert list(hasil["identitas"]) == [
		"dasar_hukum",
		"kualifikasi_pelaksana",
		"keterkaitan",
		"peralatan",
		"peringatan",
		"pencatatan",
	]
	langkah = hasil["langkah"][4]
	assert (
		type(langkah["no"]),
		type(langkah["waktu"]),
		langkah["keputusan"],
		langkah["jika_tidak_ke"],
		langkah["jika_ya_ke"],
	) == (int, int, True, 4, None)
	assert all(isinstance(t, str) for t in hasil["peringatan_impor"])


def test_markup_is_text():
	assert rapikan("Menerima <b>berkas</b><script>alert(1)</script>  lalu") == "Menerima berkas alert(1) lalu"
	assert rapikan("waktu < 5 menit") == "waktu < 5 menit"


@pytest.mark.parametrize(
	"nama, isi, pesan",
	[
		("kosong.txt", b"", "empty"),
		("kosong.pdf", b"  \n", "empty"),
		("gambar.gif", b"GIF89a....", "not a PDF"),
		("besar.txt", b"x" * 11_000_000, "MB"),
		("catatan.txt", b"Rapat koordinasi hari Senin.", "No SOP steps"),
	],
)
def test_refused(nama, isi, pesan):
	with pytest.raises(BerkasDitolakError) as e:
		baca_berkas(nama, isi)
	assert pesan in str(e.value)


def test_a_zip_bomb_is_refused_before_it_is_opened():
	out = io.BytesIO()
	with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
		z.writestr("word/document.xml", b" " * 60_000_000)
	with pytest.raises(BerkasDitolakError) as e:
		baca_berkas("bom.docx", out.getvalue())
	assert "zip bomb" in str(e.value)


def test_a_long_scan_is_refused_before_ocr(tmp_path):
	"""A PDF of page images longer than a web request can read: refused by its page count alone."""
	pytest.importorskip("pdfplumber")
	from PIL import Image

	halaman = [Image.new("L", (200, 280), 255) for _ in range(12)]
	berkas = tmp_path / "pindaian.pdf"
	halaman[0].save(berkas, save_all=True, append_images=halaman[1:])
	with pytest.raises(BerkasDitolakError) as e:
		baca_berkas(berkas.name, berkas.read_bytes())
	assert "12 pages" in str(e.value)


@pytest.mark.parametrize(
	"dibaca, nama",
	[
		("Sekre- taris", "Sekretaris"),
		("Pengadm inistrasi Kepegaw aian", "Pengadministrasi Kepegawaian"),  # broken where no word ends
		("Pembua t Daftar Gaji", "Pembuat Daftar Gaji"),  # a lone letter carried over
		("Kasubag Umum/ Kepegawaian", "Kasubag Umum/ Kepegawaian"),  # as printed on one line
		("PPK kegiatan", "PPK kegiatan"),  # an acronym, then a word
		("Penggugat / Pemohon atau Kuasanya", "Penggugat / Pemohon atau Kuasanya"),
		("Staf pelaksana", "Staf pelaksana"),
		("Kepala Sub bagian Umum", "Kepala Sub bagian Umum"),
		("Kasi Pendidikan dan Sosial Budaya", "Kasi Pendidikan dan Sosial Budaya"),
	],
)
def test_actor_names_mended_where_a_narrow_cell_broke_them(dibaca, nama):
	assert nama_utuh(dibaca) == nama


def test_a_short_word_after_a_full_line_is_a_word_of_its_own():
	from sop_kinerja.impor.halaman import Kata, gabung

	# "Laporan hasil" fills its narrow line, "uji" starts the next: a word, not the end of "hasil"
	kata = [Kata("Laporan", 0, 28, 0, 8), Kata("hasil", 32, 52, 0, 8), Kata("uji", 0, 12, 10, 18)]
	assert gabung(kata) == "Laporan hasil uji"
	kata = [Kata("Memerintahka", 0, 52, 0, 8), Kata("n", 0, 4, 10, 18)]
	assert gabung(kata) == "Memerintahkan"
