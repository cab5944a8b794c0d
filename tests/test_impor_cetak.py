"""A DOCX or XLSX whose flowchart its cells do not tell (a picture pasted over the actor columns) read
again as LibreOffice prints it; kept as its cells read where LibreOffice is missing or hangs."""

import time
from pathlib import Path

import pytest

BERKAS = Path(__file__).parent / "lembar_mandiri/latih-4/berkas/fkmui-peminjaman-fasilitas__writer.docx"


def test_a_word_sheet_whose_chart_is_a_picture_is_read_as_printed():
	pytest.importorskip("docx")
	pytest.importorskip("pdfplumber")
	from sop_kinerja.impor import baca_berkas, cetak, ocr

	if not (cetak.tersedia() and ocr.tersedia()):
		pytest.skip("LibreOffice, or Tesseract with Indonesian, is not installed")
	lembar = baca_berkas(BERKAS.name, BERKAS.read_bytes())
	assert [s.pelaksana for s in lembar.langkah] == [
		"Pengguna",
		"Unit Adum",
		"Wakil Dekan II / Manajer Umum",
		"Koordinator PPF",
	]
	keputusan = lembar.langkah[2]
	assert keputusan.keputusan and keputusan.jika_tidak_ke is None
	assert any("ends the process" in t.pesan for t in keputusan.tanda)


def test_without_libreoffice_the_cells_reading_stays(monkeypatch):
	pytest.importorskip("docx")
	from sop_kinerja.impor import baca_berkas, cetak

	monkeypatch.setattr(cetak, "tersedia", lambda: None)
	lembar = baca_berkas(BERKAS.name, BERKAS.read_bytes())
	assert [s.no for s in lembar.langkah] == [1, 2, 3, 4]
	# the picture's four symbols stand in one merged cell: each row's actor is a guess, and flagged
	assert all(any(t.bidang == "pelaksana" for t in s.tanda) for s in lembar.langkah)


def test_a_libreoffice_that_hangs_is_stopped(monkeypatch, tmp_path):
	from sop_kinerja.impor import cetak

	program = tmp_path / "soffice"
	program.write_text("#!/bin/sh\nsleep 30 &\nwait\n")
	program.chmod(0o755)
	monkeypatch.setattr(cetak, "tersedia", lambda: str(program))
	monkeypatch.setattr(cetak, "BATAS_DETIK", 1)
	mulai = time.monotonic()
	assert cetak.ke_pdf(BERKAS.read_bytes(), "docx") is None
	assert time.monotonic() - mulai < 10


def test_a_file_that_links_a_picture_from_elsewhere_or_holds_macros_is_not_printed(monkeypatch):
	import io
	import zipfile

	from sop_kinerja.impor import cetak

	monkeypatch.setattr(cetak, "tersedia", lambda: "/bin/false")  # never reached

	def ubah(tambah: dict[str, bytes]) -> bytes:
		keluar = io.BytesIO()
		with zipfile.ZipFile(io.BytesIO(BERKAS.read_bytes())) as z, zipfile.ZipFile(keluar, "w") as baru:
			for item in z.infolist():
				baru.writestr(item, tambah.pop(item.filename, None) or z.read(item.filename))
			for nama, isi in tambah.items():
				baru.writestr(nama, isi)
		return keluar.getvalue()

	rels = "word/_rels/document.xml.rels"
	with zipfile.ZipFile(BERKAS) as z:
		asli = z.read(rels)
	gambar_luar = b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://10.0.0.1/x.png" TargetMode="External"/>'
	tautan = b'<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://jdih.example.go.id/" TargetMode="External"/>'
	assert cetak._tertutup(BERKAS.read_bytes())
	assert cetak._tertutup(ubah({rels: asli.replace(b"</Relationships>", tautan + b"</Relationships>")}))
	assert not cetak._tertutup(
		ubah({rels: asli.replace(b"</Relationships>", gambar_luar + b"</Relationships>")})
	)
	assert not cetak._tertutup(ubah({"word/vbaProject.bin": b"\0"}))
	assert cetak.ke_pdf(ubah({"word/vbaProject.bin": b"\0"}), "docx") is None
