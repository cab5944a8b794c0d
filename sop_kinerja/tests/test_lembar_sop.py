"""The readers against the labelled set of SOP AP sheets (tests/lembar_sop): every text PDF, DOCX and
XLSX sheet and two scans, scored as benchmarks/impor-sop scores them."""

import json
from pathlib import Path

from frappe.tests.utils import FrappeTestCase

from sop_kinerja.impor import baca_berkas
from sop_kinerja.impor.ocr import tersedia as ocr_tersedia
from sop_kinerja.tests.skor_lembar import FOLDER, benar, identitas_benar

SCANS = ("seed-pindaian.png", "laporan-keuangan-pindaian.png")


def daftar() -> list[dict]:
	items = json.loads((FOLDER / "daftar.json").read_text())
	aplikasi = FOLDER / "aplikasi" / "daftar.json"
	for item in json.loads(aplikasi.read_text()):
		items.append({**item, "berkas": f"aplikasi/{item['berkas']}", "label": f"aplikasi/{item['label']}"})
	return items


def baca(item: dict) -> tuple[dict, dict]:
	path = FOLDER / item["berkas"]
	label = json.loads((FOLDER / item["label"]).read_text())
	return baca_berkas(Path(item["berkas"]).name, path.read_bytes()).ke_json(), label


def skor(item: dict) -> tuple[int, int]:
	dibaca, label = baca(item)
	return benar(dibaca, label), len(label["langkah"])


class TestLembarSOP(FrappeTestCase):
	def test_text_pdfs_docx_and_xlsx_are_read_fully_right(self):
		items = [i for i in daftar() if i["jenis"] != "pindaian"]
		self.assertGreaterEqual(len([i for i in items if i["jenis"] == "pdf-teks"]), 8)
		for item in items:
			with self.subTest(item["berkas"]):
				right, total = skor(item)
				self.assertEqual(right, total)

	def test_the_identity_block_of_text_pdfs_docx_and_xlsx(self):
		for item in daftar():
			if item["jenis"] != "pindaian":
				with self.subTest(item["berkas"]):
					self.assertEqual(identitas_benar(*baca(item)), 8)

	def test_scans(self):
		if not ocr_tersedia():
			self.skipTest("Tesseract with Indonesian is not installed")
		right = total = 0
		for item in daftar():
			if Path(item["berkas"]).name in SCANS:
				r, t = skor(item)
				right, total = right + r, total + t
		self.assertEqual(total, 16)
		self.assertGreaterEqual(right / total, 0.85)

	def test_a_jpeg_scan_at_150_dpi(self):
		"""A scan as a phone or an office scanner may save it: JPEG, at a lower resolution."""
		if not ocr_tersedia():
			self.skipTest("Tesseract with Indonesian is not installed")
		import io

		from PIL import Image

		gambar = Image.open(FOLDER / "laporan-keuangan-pindaian.png").convert("L")
		gambar = gambar.resize((gambar.width * 3 // 4, gambar.height * 3 // 4))
		jpeg = io.BytesIO()
		gambar.save(jpeg, "JPEG", quality=80, dpi=(150, 150))
		label = json.loads((FOLDER / "label" / "laporan-keuangan-pindaian-png.json").read_text())
		dibaca = baca_berkas("laporan-keuangan.jpg", jpeg.getvalue()).ke_json()
		self.assertEqual(benar(dibaca, label), len(label["langkah"]))
