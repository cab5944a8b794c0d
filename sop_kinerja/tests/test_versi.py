"""A document records the SOP version it started under, and finishes under it: when a revision comes
into force while the document is under way, its next steps are still held to the old version's mutu
baku, while a document started after the switch is held to the new one."""

import frappe

from sop_kinerja.mesin import mutu_baku, versi
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.utils import RoleUsersTestCase, act, new_perbaikan

SHIPPED = "SOP Perbaikan Data Kinerja"


class TestVersi(RoleUsersTestCase):
	def berlaku(self, lama: str, baru: str):
		"""The switch a revision's coming into force makes: the same DocType and Workflow, another SOP."""
		frappe.db.set_value("SOP", lama, "aktif", 0)
		frappe.db.set_value("SOP", baru, "aktif", 1)
		mutu_baku.clear_cache()

	def test_a_document_under_way_finishes_under_its_version(self):
		lama = new_perbaikan(hal="Dimulai di bawah versi lama")
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, lama, "versi_sop"), SHIPPED)
		waktu_lama = frappe.db.get_value("SOP Langkah", {"parent": SHIPPED, "no": 2}, "waktu")
		revisi = versi.buat_revisi(SHIPPED, {2: waktu_lama + 40})
		self.addCleanup(mutu_baku.clear_cache)
		self.addCleanup(self.berlaku, revisi, SHIPPED)
		self.berlaku(SHIPPED, revisi)

		baru = new_perbaikan(hal="Dimulai di bawah revisi")
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, baru, "versi_sop"), revisi)
		for name in (lama, baru):
			act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)

		def langkah_2(name):
			return frappe.db.get_value(
				mutu_baku.LOG, {"reference_name": name, "langkah": 2}, ["sop", "waktu_baku"], as_dict=True
			)

		self.assertEqual(langkah_2(lama), {"sop": SHIPPED, "waktu_baku": waktu_lama})
		self.assertEqual(langkah_2(baru), {"sop": revisi, "waktu_baku": waktu_lama + 40})
		# step 1's lines were opened before the switch, under the version then in force
		self.assertEqual(
			frappe.db.get_value(mutu_baku.LOG, {"reference_name": lama, "langkah": 1}, "sop"), SHIPPED
		)
