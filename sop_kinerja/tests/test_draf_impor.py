"""An imported draft in the desk: the actors' Roles in one table, each step's page and doubtful
fields, and a corrected file read again into the same draft without losing the admin's work."""

import frappe
from frappe.tests.utils import FrappeTestCase

from sop_kinerja import impor_sop
from sop_kinerja.tests.test_impor import sop_ap_pdf


def draf(lembar, nama_berkas="sop-ap.pdf", isi=b"%PDF-1.4 stand-in") -> frappe._dict:
	name = impor_sop.buat_draf(lembar, impor_sop.simpan_berkas(nama_berkas, isi))
	return frappe.get_doc("SOP", name)


def keadaan(doc) -> tuple:
	"""What the draft holds, to compare before and after a refused re-import."""
	doc = frappe.get_doc("SOP", doc.name)
	return (
		doc.modified,
		doc.berkas_sumber,
		[(r.no, r.kegiatan, r.pelaksana_lembar, r.waktu) for r in doc.langkah],
	)


class TestDrafImpor(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.pdf = sop_ap_pdf()  # the shipped SOP printed as its SOP AP sheet: three pages of text

	def setUp(self):
		frappe.set_user("Administrator")

	def tearDown(self):
		frappe.db.rollback()

	def baca(self):
		return impor_sop.baca("sop-ap.pdf", self.pdf)

	def test_the_actors_role_is_chosen_once_in_the_table(self):
		lembar = self.baca()
		for langkah in lembar.langkah:
			if langkah.pelaksana == "Sekretaris":
				langkah.pelaksana = "Sekretaris Badan"  # a post no Role is named after: two steps
		doc = draf(lembar)
		actors = [r.pelaksana_lembar for r in doc.peta_pelaksana]
		self.assertEqual(len(actors), len(set(actors)))
		self.assertEqual(set(actors), {r.pelaksana_lembar for r in doc.langkah})
		row = next(r for r in doc.peta_pelaksana if r.pelaksana_lembar == "Sekretaris Badan")
		self.assertIsNone(row.role)
		self.assertEqual(doc.peringatan_impor.count("Sekretaris Badan"), 1)  # said once, not per step
		row.role = "Sekretaris"
		doc.save()
		steps = [r for r in doc.langkah if r.pelaksana_lembar == "Sekretaris Badan"]
		self.assertGreaterEqual(len(steps), 2)
		self.assertEqual({r.pelaksana for r in steps}, {"Sekretaris"})
		# a step's own Role follows the table, whatever was put on the step
		steps[0].pelaksana = "Arsiparis"
		doc.save()
		self.assertEqual(frappe.db.get_value("SOP Langkah", steps[0].name, "pelaksana"), "Sekretaris")

	def test_each_step_has_its_page_and_its_doubtful_fields(self):
		lembar = self.baca()
		lembar.langkah[3].ragu("waktu", "No standard time is given ({0}): it was left empty.", "Tentatif")
		doc = draf(lembar)
		pages = [r.halaman_sumber for r in doc.langkah]
		self.assertEqual(pages[0], 2)  # the identity page comes first
		self.assertEqual(pages, sorted(pages))
		self.assertGreater(pages[-1], pages[0])  # ten steps over more than one page
		self.assertEqual(doc.langkah[3].bidang_ragu, "waktu")
		self.assertIn("Tentatif", doc.langkah[3].tanda_impor)
		self.assertFalse(doc.langkah[2].bidang_ragu)

	def test_a_corrected_file_replaces_untouched_steps_and_keeps_touched_ones(self):
		salah = self.baca()
		salah.langkah[3].kegiatan = "Teks yang salah terbaca"  # the first reading got step 4 wrong
		salah.langkah[5].waktu = 999  # and step 6's time
		doc = draf(salah)
		benar = {r.no: r for r in self.baca().langkah}
		lama = doc.berkas_sumber
		doc.langkah[1].kegiatan = "Diperbaiki oleh admin"  # the admin corrected step 2 by hand
		doc.langkah[5].waktu = 30  # and step 6
		doc.save()

		hasil = impor_sop.impor_ulang(doc.name, impor_sop.simpan_berkas("sop-ap-2.pdf", self.pdf).name)
		self.assertEqual(hasil["dipertahankan"], [2, 6])
		doc.reload()
		self.assertEqual(doc.langkah[3].kegiatan, benar[4].kegiatan)  # untouched: read again
		self.assertEqual(doc.langkah[1].kegiatan, "Diperbaiki oleh admin")  # touched: kept
		self.assertEqual(doc.langkah[5].waktu, 30)
		self.assertEqual([r.no for r in doc.langkah], list(range(1, 11)))
		# the new file is the draft's source now; the old one is gone
		self.assertNotEqual(doc.berkas_sumber, lama)
		self.assertTrue(doc.berkas_sumber.endswith("sop-ap-2.pdf"))
		self.assertFalse(frappe.db.exists("File", {"file_url": lama}))
		# read again with nothing touched since, every step is as read
		again = impor_sop.impor_ulang(doc.name, impor_sop.simpan_berkas("sop-ap-3.pdf", self.pdf).name)
		self.assertEqual(again["dipertahankan"], [2, 6])

	def hapus(self, name):
		frappe.db.rollback()
		for berkas in frappe.get_all(
			"File", {"attached_to_doctype": "SOP", "attached_to_name": name}, pluck="name"
		):
			frappe.delete_doc("File", berkas, force=True)
		frappe.delete_doc("SOP", name, force=True)
		frappe.db.commit()

	def test_a_bad_re_import_changes_nothing(self):
		# a refusal rolls the request back and deletes the upload for good: the draft is committed first
		doc = draf(self.baca())
		frappe.db.commit()
		self.addCleanup(self.hapus, doc.name)
		before, files = keadaan(doc), frappe.db.count("File")
		rusak = impor_sop.simpan_berkas("rusak.png", b"\x89PNG\r\n\x1a\n not an image")
		with self.assertRaises(frappe.ValidationError):
			impor_sop.impor_ulang(doc.name, rusak.name)
		self.assertEqual(keadaan(doc), before)
		self.assertEqual(frappe.db.count("File"), files)  # the upload is not left behind

		frappe.db.set_value("SOP", doc.name, "aktif", 1)  # a running SOP is not a draft
		frappe.db.commit()
		before = keadaan(doc)
		baru = impor_sop.simpan_berkas("sop-ap-2.pdf", self.pdf)
		with self.assertRaises(frappe.ValidationError) as refused:
			impor_sop.impor_ulang(doc.name, baru.name)
		self.assertIn("only a draft SOP", str(refused.exception))
		self.assertEqual(keadaan(doc), before)
		self.assertFalse(frappe.db.exists("File", baru.name))

	def test_an_older_record_gets_its_actors_table_on_migrate(self):
		from sop_kinerja.patches import peta_pelaksana

		doc = draf(self.baca())
		want = [(r.pelaksana_lembar, r.role) for r in doc.peta_pelaksana]
		frappe.db.delete("SOP Pelaksana", {"parent": doc.name})  # as a record from before the table
		peta_pelaksana.execute()
		doc.reload()
		self.assertEqual([(r.pelaksana_lembar, r.role) for r in doc.peta_pelaksana], want)
		self.assertEqual(len(want), 5)
