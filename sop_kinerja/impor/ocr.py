"""Tesseract as the scan readers call it: Debian's `tesseract-ocr` with its Indonesian data, through
pytesseract, each reading on one thread and two readings at a time.

A scanned page is read as one sparse reading of the page and then some sixty small readings of its
cells. Tesseract is built with OpenMP, whose threads spin on a busy machine: on two cores a page took
twice the CPU on its default threads as on one (15.3 s against 7.1 s for the seed's page), for the
same words. Each reading runs on one thread (`OMP_THREAD_LIMIT=1`, in the environment the program
inherits), and the cells of a page, and the pages of a PDF, are read two at a time. No Frappe in here.
"""

import os
import shutil

SEJAJAR = 2  # readings at once: the two cores the import was measured on


_ADA = []  # once found, Tesseract is not looked for again on every page


def tersedia() -> bool:
	"""Whether Tesseract and its Indonesian data are installed."""
	if _ADA or not shutil.which("tesseract"):
		return bool(_ADA)
	try:
		import pytesseract

		if "ind" in pytesseract.get_languages(config=""):
			_ADA.append(True)
	except Exception:
		pass
	return bool(_ADA)


def _konfigurasi(psm: int, daftar_putih: str | None) -> str:
	os.environ.setdefault("OMP_THREAD_LIMIT", "1")
	return f"--psm {psm}" + (f" -c tessedit_char_whitelist={daftar_putih}" if daftar_putih else "")


def baca_data(gambar, psm: int) -> dict:
	"""Tesseract's words of an image (a 2-D uint8 array, ink dark), with their boxes and confidence."""
	import pytesseract

	return pytesseract.image_to_data(
		gambar, lang="ind", config=_konfigurasi(psm, None), output_type=pytesseract.Output.DICT
	)


def baca_teks(gambar, psm: int, daftar_putih: str | None = None) -> str:
	"""Tesseract's text of an image, only these characters if `daftar_putih` names them."""
	import pytesseract

	return pytesseract.image_to_string(gambar, lang="ind", config=_konfigurasi(psm, daftar_putih))


def sejajar(fungsi, daftar) -> list:
	"""`fungsi` applied to each item of `daftar`, SEJAJAR at a time, the results in its order: each
	reading waits for its Tesseract process, which lets the other thread run."""
	from concurrent.futures import ThreadPoolExecutor

	daftar = list(daftar)
	if len(daftar) < 2:
		return [fungsi(x) for x in daftar]
	with ThreadPoolExecutor(SEJAJAR) as pool:
		return list(pool.map(fungsi, daftar))


def putaran(gambar) -> tuple[int, float]:
	"""How many degrees clockwise a page image (a 2-D uint8 array) must turn to stand upright, by
	Tesseract's orientation detection (its `osd` data, shipped with `tesseract-ocr`), and how sure it
	is (under 2: unsure, a page of few letters); (0, 0) when it cannot tell at all."""
	import pytesseract

	os.environ.setdefault("OMP_THREAD_LIMIT", "1")
	try:
		osd = pytesseract.image_to_osd(gambar, config="--psm 0", output_type=pytesseract.Output.DICT)
	except pytesseract.TesseractError:
		return 0, 0.0
	return int(osd.get("rotate") or 0), float(osd.get("orientation_conf") or 0)
