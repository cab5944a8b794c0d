import json
from pathlib import Path

import pytest

from sop_kinerja.naskah import kosakata

APP = Path(__file__).resolve().parent.parent / "sop_kinerja"
MODULE = APP / "sop_kinerja"


def load(path: Path):
	return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def doctypes() -> dict[str, dict]:
	"""Every DocType the app ships, by name."""
	return {
		d["name"]: d
		for d in (load(p) for p in MODULE.glob("doctype/*/*.json"))
		if d.get("doctype") == "DocType"
	}


@pytest.fixture(scope="session")
def workflow() -> dict:
	return load(APP / "workflow" / "perbaikan_data_kinerja.json")[0]


@pytest.fixture(scope="session")
def fixtures() -> dict[str, list[dict]]:
	return {p.stem: load(p) for p in (APP / "fixtures").glob("*.json")}


@pytest.fixture(scope="session")
def record() -> dict:
	"""The SOP record as the app ships it: the one copy of the SOP's steps."""
	return load(kosakata.SOP_FILE)


@pytest.fixture(scope="session")
def baca_lembar():
	"""A labelled sheet of `tests/lembar_mandiri` read as the import reads it: (part, file) -> Lembar.
	Skipped where the scan readers' libraries or Tesseract with its Indonesian data are missing."""
	pytest.importorskip("cv2")
	from sop_kinerja.impor import baca_berkas, ocr

	if not ocr.tersedia():
		pytest.skip("Tesseract with its Indonesian data is not installed")

	def baca(bagian: str, nama: str):
		berkas = Path(__file__).parent / "lembar_mandiri" / bagian / "berkas" / nama
		return baca_berkas(nama, berkas.read_bytes())

	return baca
