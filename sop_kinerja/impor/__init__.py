"""Reading SOP AP sheets from their files: `baca_berkas` takes a file's bytes and gives a `Lembar`.

One reader per kind of file, all sharing the layout analysis in `tata_letak`:
- PDF with a text layer (`pdf_teks`), or of page images only (`pindaian`, through OCR);
- PNG or JPEG scans (`pindaian`);
- DOCX and XLSX (`office`), read again as LibreOffice prints them (`cetak`) where their cells do not
  tell the flowchart;
- plain text already OCR'd (`teks`).
A file that cannot be read raises `BerkasDitolakError` with a message id and its values; the caller
translates it.

Nothing here knows Frappe or imports anything of the app outside this folder but `sop_kinerja.kata`
(the Indonesian words every part shares). The desk's and the command line's door onto the readers,
which makes an SOP draft from a `Lembar`, is `sop_kinerja.impor_sop`.
"""

import io
import zipfile

from sop_kinerja.impor.lembar import Lembar, nama_utuh
from sop_kinerja.impor.waktu import MENIT_PER_HARI

BATAS_UKURAN = 10 * 1024 * 1024  # bytes: Frappe's own default upload limit (max_file_size)
BATAS_HALAMAN = 30  # an SOP AP sheet runs to a few pages
# OCR takes 4 to 8 s a page on 2 cores: a scan is read within one web request (gunicorn's timeout is
# 120 s) up to this many pages
BATAS_HALAMAN_PINDAIAN = 10
BATAS_ZIP = 50 * 1024 * 1024  # a DOCX or XLSX may unpack to this much, and no more than 100 times its size
BATAS_PIKSEL = 60_000_000  # an image of more pixels is refused before it is decoded


class BerkasDitolakError(Exception):
	"""The file cannot be read as an SOP sheet: `pesan` is an English message id, `nilai` its values."""

	def __init__(self, pesan: str, *nilai):
		super().__init__(pesan.format(*nilai))
		self.pesan, self.nilai = pesan, nilai


def jenis_berkas(nama: str, isi: bytes) -> str | None:
	"""What a file is, from its first bytes (its name only for plain text)."""
	if isi.startswith(b"%PDF"):
		return "pdf"
	if isi.startswith(b"\x89PNG\r\n\x1a\n"):
		return "png"
	if isi.startswith(b"\xff\xd8\xff"):
		return "jpeg"
	if isi[4:8] == b"ftyp" and isi[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
		return "heic"  # a phone's photo (HEIF)
	if isi.startswith(b"PK\x03\x04"):
		try:
			with zipfile.ZipFile(io.BytesIO(isi)) as z:
				names = set(z.namelist())
		except zipfile.BadZipFile:
			return None
		if "word/document.xml" in names:
			return "docx"
		if "xl/workbook.xml" in names:
			return "xlsx"
		return None
	if nama.lower().endswith((".txt", ".text")):
		return "txt"
	return None


def baca_berkas(
	nama: str, isi: bytes, menit_per_hari: int = MENIT_PER_HARI, batas_ukuran: int = BATAS_UKURAN
) -> Lembar:
	if not isi or not isi.strip():
		raise BerkasDitolakError("The file {0} is empty.", nama)
	if len(isi) > batas_ukuran:
		raise BerkasDitolakError(
			"The file {0} is {1} MB: files up to {2} MB can be imported.",
			nama,
			round(len(isi) / 1048576, 1),
			round(batas_ukuran / 1048576, 1),
		)
	jenis = jenis_berkas(nama, isi)
	if jenis is None:
		raise BerkasDitolakError("The file {0} is not a PDF, PNG, JPEG, DOCX, XLSX or text file.", nama)
	if jenis == "pdf":
		lembar = _baca_pdf(nama, isi, menit_per_hari)
	elif jenis == "heic":
		try:
			from pillow_heif import register_heif_opener
		except ImportError:
			raise BerkasDitolakError(
				"The photo {0} is HEIC, which this site cannot read: send it as JPEG (or ask the admin to install pillow-heif).",
				nama,
			)
		register_heif_opener()
		lembar = _baca_gambar(nama, isi, menit_per_hari)
	elif jenis in ("png", "jpeg"):
		lembar = _baca_gambar(nama, isi, menit_per_hari)
	elif jenis in ("docx", "xlsx"):
		from sop_kinerja.impor import office

		_periksa_zip(nama, isi)
		lembar = office.baca(nama, isi, jenis, menit_per_hari)
		if _ragu_bagan(lembar):
			lembar = _baca_cetakan(nama, isi, jenis, menit_per_hari, lembar)
	else:
		from sop_kinerja.impor.teks import baca_teks

		try:
			teks = isi.decode("utf-8")
		except UnicodeDecodeError:
			teks = isi.decode("latin-1")
		lembar = baca_teks(teks, nama, menit_per_hari)
	lembar.pelaksana = [nama_utuh(nama) for nama in lembar.pelaksana]
	for langkah in lembar.langkah:
		langkah.pelaksana = nama_utuh(langkah.pelaksana)
	if not lembar.langkah:
		if not lembar.ada_identitas():
			raise BerkasDitolakError("No SOP steps were found in {0}: is it an SOP AP sheet?", nama)
		# an identity page alone (the flowchart on sheets not sent): what it says, and the gap flagged
		lembar.ragu("No flowchart table was found: only the identity block was read.")
	return lembar


def _baca_pdf(nama: str, isi: bytes, menit_per_hari: int) -> Lembar:
	import pdfplumber
	from pdfminer.pdfdocument import PDFPasswordIncorrect
	from pdfplumber.utils.exceptions import PdfminerException

	from sop_kinerja.impor.pdf_teks import halaman_pdf
	from sop_kinerja.impor.tata_letak import susun

	try:
		with pdfplumber.open(io.BytesIO(isi)) as pdf:
			_periksa_halaman(nama, len(pdf.pages), BATAS_HALAMAN)
			halaman = halaman_pdf(pdf)
			if sum(len(h.kata) for h in halaman) < 5:
				# no text layer: the pages are images, read them as a scan
				_periksa_halaman(nama, len(pdf.pages), BATAS_HALAMAN_PINDAIAN)
				# each page at its image's own resolution, read as that image sent alone would be
				dpi = [_dpi_gambar(p) for p in pdf.pages]
				gambar = [
					p.to_image(resolution=d or 200).original for p, d in zip(pdf.pages, dpi, strict=True)
				]
				return _susun_gambar(nama, gambar, menit_per_hari, dpi)
	except (PDFPasswordIncorrect, PdfminerException) as e:
		if _terkunci(e):
			raise BerkasDitolakError("The PDF {0} is protected by a password: import it unlocked.", nama)
		raise BerkasDitolakError("The PDF {0} could not be read: it may be damaged.", nama)
	return susun(halaman, nama, menit_per_hari)


def _dpi_gambar(page) -> float | None:
	"""The resolution of the one image that fills a scanned page, if it has one of 100 to 600 dpi."""
	if len(page.images) != 1:
		return None
	im = page.images[0]
	lebar = float(im["x1"] - im["x0"])
	if lebar < 0.9 * float(page.width) or not im.get("srcsize"):
		return None
	dpi = im["srcsize"][0] / (lebar / 72)
	return round(dpi) if 100 <= dpi <= 600 else None


def _periksa_halaman(nama: str, jumlah: int, batas: int):
	if jumlah > batas:
		raise BerkasDitolakError(
			"The file {0} has {1} pages: an SOP sheet of up to {2} pages can be imported.",
			nama,
			jumlah,
			batas,
		)


def _terkunci(e: Exception) -> bool:
	from pdfminer.pdfdocument import PDFPasswordIncorrect

	while e is not None:
		if isinstance(e, PDFPasswordIncorrect) or "password" in str(e).lower():
			return True
		e = e.args[0] if e.args and isinstance(e.args[0], Exception) else None
	return False


def _baca_gambar(nama: str, isi: bytes, menit_per_hari: int) -> Lembar:
	from PIL import Image, UnidentifiedImageError

	from sop_kinerja.impor import foto

	Image.MAX_IMAGE_PIXELS = BATAS_PIKSEL
	# cut short in sending: Frappe lets Pillow read such an image, its missing part grey
	if (isi.startswith(b"\xff\xd8") and not isi.rstrip(b"\x00").endswith(b"\xff\xd9")) or (
		isi.startswith(b"\x89PNG") and b"IEND" not in isi[-32:]
	):
		raise BerkasDitolakError("The image {0} is cut short: send the whole file again.", nama)
	try:
		gambar = Image.open(io.BytesIO(isi))
		dpi = gambar.info.get("dpi", (None,))[0]
		jpeg = gambar.format == "JPEG"
		gambar = foto.buka(gambar)  # upright, and a large photo decoded smaller
		gambar.load()
	except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
		raise BerkasDitolakError("The image {0} could not be read, or is too large.", nama)
	halaman, dpi_kertas = foto.ratakan(gambar)
	if dpi_kertas:  # a photo of the sheet: flattened to a page
		try:
			return _periksa_isi(nama, _susun_gambar(nama, [halaman], menit_per_hari, [dpi_kertas]))
		except BerkasDitolakError:
			pass  # the "paper" was a part of it (the sheet runs off the frame): the whole frame next
	if jpeg and not foto.dpi_a4(gambar.height, gambar.width):
		gambar = foto.ratakan_bingkai(gambar)  # a photo whose paper runs off the frame, or fills it
		dpi = None  # a camera's "72 dpi" says nothing of the paper
	try:
		return _periksa_isi(nama, _susun_gambar(nama, [gambar], menit_per_hari, [dpi]))
	except BerkasDitolakError:
		if not jpeg:
			raise
		raise BerkasDitolakError(
			"No SOP sheet was found in the photo {0}: photograph the whole sheet, flat, on a plain surface.",
			nama,
		)


def _periksa_isi(nama: str, lembar: Lembar) -> Lembar:
	if not lembar.langkah and not lembar.ada_identitas():
		raise BerkasDitolakError("No SOP steps were found in {0}: is it an SOP AP sheet?", nama)
	return lembar


def _susun_gambar(nama: str, gambar: list, menit_per_hari: int, dpi: list) -> Lembar:
	"""Page images read as a scan, each at its resolution (`dpi`, None where the image does not say)."""
	from sop_kinerja.impor.ocr import sejajar
	from sop_kinerja.impor.pindaian import OCRTidakAdaError, halaman_gambar
	from sop_kinerja.impor.tata_letak import susun

	try:  # the pages read two at a time: each is its own image
		halaman = sejajar(
			lambda gd: halaman_gambar(gd[0], float(gd[1]) if gd[1] else None),
			list(zip(gambar, dpi, strict=True)),
		)
	except OCRTidakAdaError:
		raise BerkasDitolakError(
			"{0} is a scan, and OCR is unavailable: install tesseract-ocr and tesseract-ocr-ind.", nama
		)
	if sum(len(h.kata) for h in halaman) < 5:
		raise BerkasDitolakError("No text was found in {0}.", nama)
	return susun(halaman, nama, menit_per_hari)


def _ragu_bagan(lembar: Lembar) -> int:
	"""How much of the flowchart a reading left unsure: its steps with no actor, or with an actor or a
	decision flagged (all of them when no step was found)."""
	if not lembar.langkah:
		return 1000
	return sum(
		not langkah.pelaksana or any(t.bidang in ("pelaksana", "keputusan") for t in langkah.tanda)
		for langkah in lembar.langkah
	)


def _baca_cetakan(nama: str, isi: bytes, jenis: str, menit_per_hari: int, grid: Lembar) -> Lembar:
	"""A DOCX or XLSX whose flowchart its cells do not tell (a picture pasted over the actor columns,
	shapes floating free, the lines between them) read again as LibreOffice prints it, where the machine
	has LibreOffice: that reading is taken when it finds every step the cells did and is surer of the
	chart."""
	from sop_kinerja.impor import cetak

	pdf = cetak.ke_pdf(isi, jenis)
	if pdf is None:
		return grid
	try:
		cetakan = _baca_pdf(nama, pdf, menit_per_hari)
	except BerkasDitolakError:
		return grid
	if len(cetakan.langkah) < len(grid.langkah) or _ragu_bagan(cetakan) >= _ragu_bagan(grid):
		return grid
	return cetakan


def _periksa_zip(nama: str, isi: bytes):
	"""A DOCX or XLSX is a zip: refuse one that would unpack to far more than it weighs."""
	try:
		with zipfile.ZipFile(io.BytesIO(isi)) as z:
			total = sum(i.file_size for i in z.infolist())
	except zipfile.BadZipFile:
		raise BerkasDitolakError("The file {0} is damaged.", nama)
	if total > BATAS_ZIP or total > 100 * len(isi):
		raise BerkasDitolakError(
			"The file {0} would unpack to {1} MB: it is refused as a zip bomb.", nama, round(total / 1048576)
		)
