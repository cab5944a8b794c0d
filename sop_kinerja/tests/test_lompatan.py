"""Decisions that do not simply go on or back: a "Ya" that leaps past the next step, and a "Tidak"
that goes on past it. The workflow Jalankan SOP makes offers both ways, and documents take them by
users who each hold only their own role."""

import frappe
from frappe.model.workflow import get_transitions

from sop_kinerja.mesin import jalankan, sop_ke_workflow
from sop_kinerja.tests.test_jalankan import PEMERIKSA, PEMOHON, PENYETUJU, USER, JalankanTestCase
from sop_kinerja.tests.utils import ensure_user

LANGKAH = [
	(1, "Mengajukan permohonan izin", PEMOHON, {}),
	(2, "Apakah berkas lengkap?", PEMERIKSA, {"keputusan": 1, "setuju_ke": 4}),  # Tidak: on to 3
	(3, "Melengkapi berkas permohonan", PEMOHON, {}),
	(4, "Menyetujui permohonan?", PENYETUJU, {"keputusan": 1, "tidak_setuju_ke": 6}),  # Tidak: past 5
	(5, "Menandatangani surat izin", PENYETUJU, {}),
	(6, "Mencatat dalam buku agenda", PEMERIKSA, {}),
]


class TestLompatan(JalankanTestCase):
	def run_izin(self) -> tuple[str, str]:
		doc = frappe.get_doc(
			{
				"doctype": "SOP",
				"nama_sop": "Uji Izin Lompat",
				"aktif": 0,
				"langkah": [
					{"no": no, "kegiatan": kegiatan, "pelaksana_lembar": actor, "waktu": 10, **extra}
					for no, kegiatan, actor, extra in LANGKAH
				],
			}
		).insert()
		self.sops.append(doc.name)
		frappe.db.commit()
		doctype = jalankan.jalankan(doc.name)
		for role, email in USER.items():
			ensure_user(email, [role])
		frappe.db.commit()
		return doc.name, doctype

	def offered(self, doctype, doc, role) -> set[str]:
		self.as_user(role)
		try:
			return {t.action for t in get_transitions(frappe.get_doc(doctype, doc))}
		finally:
			frappe.set_user("Administrator")

	def state(self, doctype, doc) -> str:
		return frappe.db.get_value(doctype, doc, "workflow_state")

	def test_both_ways_out_of_each_decision(self):
		name, doctype = self.run_izin()
		sop = frappe.get_doc("SOP", name)
		state = {row.no: row.workflow_state for row in sop.langkah}
		self.assertEqual(
			[(row.no, row.aksi, row.aksi_tidak_setuju) for row in sop.langkah if row.keputusan],
			[(2, "Setujui", sop_ke_workflow.TIDAK_SETUJU), (4, "Setujui", sop_ke_workflow.TIDAK_SETUJU)],
		)

		# complete at once: step 2's "Ya" leaps over step 3
		lengkap = self.new_doc(doctype)
		self.act(doctype, lengkap, PEMOHON, "Teruskan")
		self.assertEqual(self.offered(doctype, lengkap, PEMERIKSA), {"Setujui", "Tidak Setuju"})
		self.assertEqual(self.offered(doctype, lengkap, PEMOHON), set())
		self.act(doctype, lengkap, PEMERIKSA, "Setujui")
		self.assertEqual(self.state(doctype, lengkap), state[4])
		self.act(doctype, lengkap, PENYETUJU, "Setujui")
		self.assertEqual(self.state(doctype, lengkap), state[5])

		# incomplete, then refused: step 2's "Tidak" goes on to 3, step 4's "Tidak" past 5 to 6
		ditolak = self.new_doc(doctype)
		self.act(doctype, ditolak, PEMOHON, "Teruskan")
		self.act(doctype, ditolak, PEMERIKSA, "Tidak Setuju")
		self.assertEqual(self.state(doctype, ditolak), state[3])
		self.act(doctype, ditolak, PEMOHON, "Teruskan")
		self.assertEqual(self.state(doctype, ditolak), state[4])
		self.act(doctype, ditolak, PENYETUJU, "Tidak Setuju")  # going on needs no correction note
		self.assertEqual(self.state(doctype, ditolak), state[6])
		self.act(doctype, ditolak, PEMERIKSA, "Selesaikan")
		self.assertEqual(self.state(doctype, ditolak), sop.status_akhir)
		# the step log has each stay, the skipped steps none
		log = frappe.get_all(
			"Log Langkah SOP",
			{"reference_doctype": doctype, "reference_name": ditolak},
			pluck="langkah",
		)
		self.assertNotIn(5, log)
		self.assertEqual(sorted(set(log)), [1, 2, 3, 4, 6])

	def test_the_sop_ap_print_draws_the_leaps(self):
		name, _doctype = self.run_izin()
		html = frappe.get_print("SOP", name, print_format="SOP AP")
		# the "Ya" out of step 2's left point, and a "Tidak" down from step 4
		self.assertEqual(html.count(">Ya</text>"), 2)  # step 2's leap, step 4's way down
		self.assertEqual(html.count(">Tidak</text>"), 2)  # step 2's way down, step 4's leap
