"""Monitoring SOP (Tabel 7): a semester's monitoring pre-filled from a step log made by moving documents
with a frozen clock, the figures checked against values worked out by hand, its print, the job that
makes it, and what it refuses."""

from datetime import datetime, timedelta
from unittest.mock import patch

import frappe

from sop_kinerja.mesin import monitoring
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.utils import RoleUsersTestCase, act, new_perbaikan, pada

UNIT = "Uji Unit Monitoring"
SENIN = datetime(2024, 3, 4, 8, 0)  # a Monday of semester I 2024, in office hours


class TestMonitoring(RoleUsersTestCase):
	def setUp(self):
		if not frappe.db.exists("Unit Kerja", UNIT):
			frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": UNIT}).insert()

	def langkah_satu(self, menit: list[int]) -> list[str]:
		"""Documents of the unit each kept at step 1 (mutu baku 5 minutes) for these working minutes."""
		names = []
		for i, lama in enumerate(menit):
			masuk = SENIN + timedelta(days=i)
			with pada(masuk):
				name = new_perbaikan(unit_pengolah=UNIT)
			with pada(masuk + timedelta(minutes=lama)):
				act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)
			names.append(name)
		return names

	def monitoring(self, **values):
		return frappe.get_doc(
			{"doctype": "Monitoring SOP", "tahun": 2024, "semester": "I", "unit_kerja": UNIT, **values}
		).insert()

	def test_a_semester_pre_filled_from_the_step_log(self):
		self.langkah_satu([10, 20, 60])
		doc = self.monitoring()
		row = next(r for r in doc.prosedur if r.sop == "SOP Perbaikan Data Kinerja")
		# by hand: step 1 took 10, 20 and 60 working minutes against 5; median 20; the 90th percentile
		# lies 0.8 of the way from 20 to 60 (rank (3 - 1) x 0.9 = 1.8): 52
		angka = monitoring.angka_sop(row.sop, UNIT, *monitoring.periode(2024, "I"))
		step1 = angka.langkah[0]
		self.assertEqual(
			(step1.kali, step1.median, step1.p90, step1.waktu_baku, step1.lewat), (3, 20.0, 52.0, 5, 3)
		)
		self.assertEqual(
			(row.dokumen_mulai, row.dokumen_selesai, row.dikembalikan, row.oleh_plt), (3, 0, 0, 0)
		)
		self.assertEqual(row.lewat_mutu_baku, 100.0)
		self.assertEqual((row.usulan, row.penilaian), (monitoring.TIDAK_BAIK, monitoring.TIDAK_BAIK))
		self.assertIn(
			"Step 1: median 20.0, p90 52.0 working minutes against mutu baku 5 minutes; 3 of 3", row.rincian
		)
		# the assessor overrules the proposal and writes the action; the print is Tabel 7
		row.penilaian, row.catatan, row.tindakan = (
			monitoring.BAIK,
			"Disposisi ditulis tangan",
			"Tinjau mutu baku",
		)
		doc.save()
		self.assertEqual((doc.penilai, str(doc.tanggal_penilaian)), ("Administrator", frappe.utils.today()))
		self.assertEqual(doc.nama_penilai, frappe.db.get_value("User", "Administrator", "full_name"))
		html = frappe.get_print("Monitoring SOP", doc.name, print_format="Monitoring SOP")
		for text in (
			"Penilaian Terhadap Penerapan",
			"Paraf Penilai",
			"Tidak berjalan dengan baik",
			"Tindakan yang Harus Diambil",
			"Tinjau mutu baku",
		):
			self.assertIn(text, html)
		self.assertTrue(
			frappe.get_print(
				"Monitoring SOP", doc.name, print_format="Monitoring SOP", as_pdf=True
			).startswith(b"%PDF")
		)

	def test_the_job_makes_it_once_the_semester_is_over_and_tells_the_assessor(self):
		self.langkah_satu([3])
		lang = frappe.local.lang
		frappe.db.set_default("lang", "id")
		try:
			with patch("sop_kinerja.mesin.monitoring.today", lambda: "2024-07-01"):
				monitoring.buat_semester_lalu()
				monitoring.buat_semester_lalu()  # once
		finally:
			frappe.db.set_default("lang", lang)
			frappe.local.lang = lang
		made = frappe.get_all(
			"Monitoring SOP", {"tahun": 2024, "semester": "I", "unit_kerja": UNIT}, pluck="name"
		)
		self.assertEqual(len(made), 1)
		row = next(
			r
			for r in frappe.get_doc("Monitoring SOP", made[0]).prosedur
			if r.sop == "SOP Perbaikan Data Kinerja"
		)
		self.assertEqual(row.usulan, monitoring.BAIK)  # 3 minutes against 5
		self.assertIn("Langkah 1: median", row.rincian)  # in the site's language, not a job's English
		told = frappe.get_all("Notification Log", {"document_name": made[0]}, pluck="for_user")
		self.assertIn("kasubbag.renja@sop-kinerja.test", told)
		self.assertNotIn("sekretaris@sop-kinerja.test", told)

	def test_what_it_refuses(self):
		count = frappe.db.count("Monitoring SOP")
		with self.assertRaises(frappe.ValidationError) as refused:  # the semester under way
			self.monitoring(tahun=int(frappe.utils.today()[:4]) + 1)
		self.assertIn("is not over yet", str(refused.exception))
		with self.assertRaises(frappe.ValidationError) as refused:  # no document went through
			self.monitoring(tahun=2023)
		self.assertIn("nothing to monitor", str(refused.exception))
		self.assertEqual(frappe.db.count("Monitoring SOP"), count)
		self.langkah_satu([3])
		self.monitoring()
		self.assertRaises(frappe.DuplicateEntryError, self.monitoring)
