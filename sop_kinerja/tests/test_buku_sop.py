"""Buku SOP: one PDF of a unit's SOPs in force: cover, Daftar SOP, every SOP AP sheet (text read back)."""

import io

import frappe
from frappe.tests.utils import FrappeTestCase
from pypdf import PdfReader

from sop_kinerja.naskah import buku_sop

SHIPPED = "SOP Perbaikan Data Kinerja"
UNIT = "Uji Bidang Buku SOP"


def teks_pdf(pdf: bytes) -> list[str]:
	return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


class TestBukuSOP(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_the_book_of_a_unit(self):
		frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": UNIT}).insert()
		frappe.db.set_value("SOP", SHIPPED, {"unit_kerja": UNIT, "nomor_sop": "800/012/SOP/2026"})
		pages = teks_pdf(buku_sop.buat(UNIT))
		sheet = teks_pdf(frappe.get_print("SOP", SHIPPED, print_format="SOP AP", as_pdf=True))
		self.assertEqual(len(pages), 2 + len(sheet))  # the cover, the list, then the sheet's own pages
		self.assertIn(UNIT, pages[0])
		self.assertIn("800/012/SOP/2026", pages[1])
		self.assertIn("Perbaikan Data Kinerja", pages[1])
		self.assertEqual(pages[2:], sheet)
		self.assertIn("Nota Dinas", " ".join(pages[2:]))

	def test_a_unit_with_nothing_in_force(self):
		frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": UNIT}).insert()
		with self.assertRaises(frappe.ValidationError) as refused:
			buku_sop.buat(UNIT)
		self.assertIn("No SOP in force", str(refused.exception))
