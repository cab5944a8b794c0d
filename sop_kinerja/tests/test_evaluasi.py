"""Evaluasi SOP (Tabel 8): the criteria, the recommendation from a frozen-clock step log, checked by
hand, turned into a draft revision; and what it refuses."""

from datetime import datetime, timedelta

import frappe

from sop_kinerja.mesin import monitoring
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.evaluasi_sop.evaluasi_sop import buat_revisi
from sop_kinerja.tests.utils import RoleUsersTestCase, act, new_perbaikan, pada

SHIPPED = "SOP Perbaikan Data Kinerja"
SENIN = datetime(2023, 3, 6, 8, 0)  # a Monday, in office hours


class TestEvaluasi(RoleUsersTestCase):
	def langkah_satu(self, menit):
		for i, lama in enumerate(menit):
			with pada(SENIN + timedelta(days=7 * i)):
				name = new_perbaikan()
			with pada(SENIN + timedelta(days=7 * i, minutes=lama)):
				act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)

	def evaluasi(self, sop=SHIPPED):
		return frappe.get_doc(
			{
				"doctype": "Evaluasi SOP",
				"sop": sop,
				"dari_tanggal": "2023-01-01",
				"sampai_tanggal": "2023-06-30",
			}
		).insert()

	def test_the_recommendation_becomes_a_draft_revision(self):
		# step 1 (mutu baku 5) took 10 five times and 60 once: p90 at rank 4.5, halfway from 10 to 60: 35
		self.langkah_satu([10, 10, 10, 10, 10, 60])
		doc = self.evaluasi()
		self.assertEqual([row.kriteria for row in doc.kriteria], list(monitoring.KRITERIA_EVALUASI))
		self.assertIn(
			"Step 1: p90 35.0 working minutes against mutu baku 5 minutes, over 6 stays", doc.rekomendasi
		)
		self.assertEqual(frappe.parse_json(doc.mutu_baku_usulan), {"1": 35})
		revisi = frappe.get_doc("SOP", buat_revisi(doc.name))
		self.assertEqual(revisi.name, f"{SHIPPED} (Revisi 1)")
		self.assertEqual((revisi.versi_dari, revisi.revisi, revisi.aktif), (SHIPPED, 1, 0))
		self.assertEqual([row.waktu for row in revisi.langkah][:2], [35, 5])
		# the SOP AP sheet names the version; the version it revises names none
		self.assertIn("(Revisi ke-1)", frappe.get_print("SOP", revisi.name, print_format="SOP AP"))
		self.assertNotIn("(Revisi ke-", frappe.get_print("SOP", SHIPPED, print_format="SOP AP"))
		self.assertEqual(frappe.db.get_value("SOP Langkah", {"parent": SHIPPED, "no": 1}, "waktu"), 5)
		self.assertEqual(frappe.db.get_value("Evaluasi SOP", doc.name, "revisi"), revisi.name)
		with self.assertRaises(frappe.ValidationError) as refused:  # one revision at a time
			buat_revisi(doc.name)
		self.assertIn("already being revised", str(refused.exception))

	def test_a_draft_is_not_evaluated(self):
		draft = frappe.get_doc(
			{
				"doctype": "SOP",
				"nama_sop": "Uji Rancangan Evaluasi",
				"aktif": 0,
				"langkah": [{"no": 1, "kegiatan": "Menerima berkas", "waktu": 5}],
			}
		).insert()
		count = frappe.db.count("Evaluasi SOP")
		with self.assertRaises(frappe.ValidationError) as refused:
			self.evaluasi(draft.name)
		self.assertIn("only an SOP in force is evaluated", str(refused.exception))
		self.assertEqual(frappe.db.count("Evaluasi SOP"), count)

	def test_no_documents_says_so(self):
		doc = frappe.get_doc(
			{
				"doctype": "Evaluasi SOP",
				"sop": SHIPPED,
				"dari_tanggal": "2019-01-01",
				"sampai_tanggal": "2019-06-30",
			}
		).insert()
		self.assertIn("nothing was measured", doc.rekomendasi)
		self.assertFalse(doc.mutu_baku_usulan)
		self.assertRaises(frappe.ValidationError, buat_revisi, doc.name)
