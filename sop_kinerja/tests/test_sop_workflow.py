"""A second SOP, written here as test data, becomes a running workflow for its own DocType.

"SOP Pengumpulan Data Kinerja" is one of the SOPs the seed names as related. Its DocType is made by
the test; its Workflow, states and actions are made by the SOP record's generator, as an admin
would from the desk. Staff who each hold only their own role then work documents through it, and
the step log measures them against this SOP's mutu baku.

Creating a DocType commits, so the class cleans up after itself.
"""

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.sop.sop import check_workflow, make_workflow, preview_workflow
from sop_kinerja.tests.utils import USERS, IntegrationTestCase, as_user, ensure_role_users, log_terbuka_dari

DOCTYPE = "Pengumpulan Data Kinerja Uji"
SOP_NAME = "SOP Pengumpulan Data Kinerja"
UNIT = "Bagian Umum (uji)"
NEW_STATES = ("Penghimpunan Data", "Verifikasi Kasubbag", "Penetapan Sekretaris", "Data Ditetapkan")
NEW_ACTION = "Tetapkan"

LANGKAH = [
	{
		"no": 1,
		"kegiatan": "Menghimpun data kinerja dari bagian-bagian",
		"pelaksana": kosakata.PELAKSANA,
		"kelengkapan": "Format isian",
		"waktu": 30,
		"output": "Data kinerja terhimpun",
		"workflow_state": "Penghimpunan Data",
		"aksi": kosakata.SAMPAIKAN,
	},
	{
		"no": 2,
		"kegiatan": "Memverifikasi data kinerja; jika tidak sesuai dikembalikan kepada Pelaksana",
		"pelaksana": kosakata.KASUBBAG,
		"kelengkapan": "Data kinerja",
		"waktu": 15,
		"output": "Data terverifikasi",
		"workflow_state": "Verifikasi Kasubbag",
		"aksi": kosakata.PARAF,
		"tidak_setuju_ke": 1,
	},
	{
		"no": 3,
		"kegiatan": "Menetapkan data kinerja",
		"pelaksana": kosakata.SEKRETARIS,
		"kelengkapan": "Data terverifikasi",
		"waktu": 10,
		"output": "Data kinerja yang ditetapkan",
		"workflow_state": "Penetapan Sekretaris",
		"aksi": NEW_ACTION,
	},
]


def perm(role, **rights):
	base = dict.fromkeys(("create", "delete", "submit", "cancel", "amend", "share", "email", "export"), 0)
	return {"role": role, "read": 1, "write": 1, "print": 1, "report": 1, **base, **rights}


class TestSOPGeneratesAWorkflow(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()
		cls.existing_states = set(
			frappe.get_all("Workflow State", {"name": ("in", NEW_STATES)}, pluck="name")
		)
		cls.action_existed = frappe.db.exists("Workflow Action Master", NEW_ACTION)
		if not frappe.db.exists("Unit Kerja", UNIT):
			frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": UNIT}).insert()
		frappe.get_doc(
			{
				"doctype": "DocType",
				"name": DOCTYPE,
				"module": "SOP Kinerja",
				"custom": 1,
				"autoname": "hash",
				"fields": [
					{"fieldname": "judul", "fieldtype": "Data", "label": "Judul", "reqd": 1},
					{
						"fieldname": "unit_kerja",
						"fieldtype": "Link",
						"label": "Unit",
						"options": "Unit Kerja",
					},
					{"fieldname": "nilai", "fieldtype": "Data", "label": "Nilai"},
				],
				"permissions": [
					perm("System Manager", create=1, delete=1),
					perm(kosakata.PELAKSANA, create=1),
					perm(kosakata.KASUBBAG),
					perm(kosakata.SEKRETARIS),
					perm(kosakata.KEPALA_SATUAN),
				],
			}
		).insert()
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		frappe.db.rollback()
		frappe.db.delete("Log Langkah SOP", {"reference_doctype": DOCTYPE})
		frappe.db.delete("Notification Log", {"document_type": DOCTYPE})
		frappe.db.delete("Workflow Action", {"reference_doctype": DOCTYPE})
		frappe.db.set_value("SOP Keterkaitan", {"sop": SOP_NAME}, "sop", None)
		if frappe.db.exists("SOP", SOP_NAME):
			frappe.delete_doc("SOP", SOP_NAME, force=True)
		for name in frappe.get_all("Workflow", {"document_type": DOCTYPE}, pluck="name"):
			frappe.delete_doc("Workflow", name, force=True)
		frappe.delete_doc("DocType", DOCTYPE, force=True)
		frappe.db.delete("Custom Field", {"dt": DOCTYPE})
		for state in set(NEW_STATES) - cls.existing_states:
			frappe.delete_doc("Workflow State", state, force=True)
		if not cls.action_existed:
			frappe.delete_doc("Workflow Action Master", NEW_ACTION, force=True)
		frappe.delete_doc("Unit Kerja", UNIT, force=True)
		frappe.db.commit()
		mutu_baku.clear_cache()
		super().tearDownClass()

	def act(self, name: str, action: str, role: str):
		with as_user(role):
			apply_workflow(frappe.get_doc(DOCTYPE, name), action)

	def langkah_ditutup(self, name: str) -> list[tuple]:
		return [
			(row.langkah, row.aksi, row.user, row.waktu_baku)
			for row in frappe.get_all(
				"Log Langkah SOP",
				filters={"reference_doctype": DOCTYPE, "reference_name": name, "keluar": ("is", "set")},
				fields=["langkah", "aksi", "user", "waktu_baku"],
				order_by="name asc",
			)
		]

	def test_an_sop_written_in_the_desk_runs_as_a_workflow_end_to_end(self):
		doc = frappe.get_doc(
			{
				"doctype": "SOP",
				"nama_sop": "Pengumpulan Data Kinerja",
				"unit": "Satuan Polisi Pamong Praja Provinsi Kalimantan Barat",
				"dasar_hukum": [{"uraian": "Peraturan Menteri PAN-RB Nomor 53 Tahun 2014"}],
				"langkah": LANGKAH,
				"document_type": DOCTYPE,
				"status_akhir": "Data Ditetapkan",
				"aktif": 1,
			}
		).insert()
		self.assertEqual(doc.name, SOP_NAME)
		# the seed's SOP named this one as related: the name now links to the record
		related = frappe.get_doc("SOP", "SOP Perbaikan Data Kinerja").keterkaitan[0]
		self.assertEqual((related.nama_sop, related.sop), (SOP_NAME, SOP_NAME))

		preview = preview_workflow(SOP_NAME)
		self.assertFalse(preview["exists"])
		kinds = [c["kind"] for c in preview["changes"]]
		self.assertEqual((kinds.count("add_state"), kinds.count("add_transition")), (4, 4))
		self.assertEqual(len(kinds), 8)

		workflow = frappe.get_doc("Workflow", make_workflow(SOP_NAME))
		frappe.db.commit()
		self.assertEqual((workflow.document_type, workflow.is_active), (DOCTYPE, 1))
		self.assertTrue(frappe.db.exists("Workflow Action Master", NEW_ACTION))
		self.assertEqual(frappe.db.get_value("SOP", SOP_NAME, "workflow"), workflow.name)
		self.assertEqual(check_workflow(SOP_NAME), [])
		self.assertEqual(preview_workflow(SOP_NAME)["changes"], [])

		with as_user(kosakata.PELAKSANA):
			name = (
				frappe.get_doc({"doctype": DOCTYPE, "judul": "Data Triwulan III", "unit_kerja": UNIT})
				.insert()
				.name
			)
		(row,) = log_terbuka_dari(name, DOCTYPE)
		self.assertEqual(
			(row.sop, row.langkah, row.role, row.waktu_baku), (SOP_NAME, 1, kosakata.PELAKSANA, 30)
		)
		self.assertEqual(frappe.db.get_value("Log Langkah SOP", row.name, "unit_kerja"), UNIT)

		with self.assertRaises(WorkflowTransitionError):  # not the Kasubbag's step
			self.act(name, kosakata.SAMPAIKAN, kosakata.KASUBBAG)
		self.act(name, kosakata.SAMPAIKAN, kosakata.PELAKSANA)
		with self.assertRaises(WorkflowTransitionError):  # not the Sekretaris' step
			self.act(name, kosakata.PARAF, kosakata.SEKRETARIS)
		self.act(name, kosakata.KEMBALIKAN, kosakata.KASUBBAG)
		self.assertEqual(frappe.db.get_value(DOCTYPE, name, "workflow_state"), "Penghimpunan Data")
		self.act(name, kosakata.SAMPAIKAN, kosakata.PELAKSANA)
		self.act(name, kosakata.PARAF, kosakata.KASUBBAG)
		self.act(name, NEW_ACTION, kosakata.SEKRETARIS)
		frappe.db.commit()

		self.assertEqual(frappe.db.get_value(DOCTYPE, name, "workflow_state"), "Data Ditetapkan")
		pelaksana, kasubbag, sekretaris = (
			USERS[r] for r in (kosakata.PELAKSANA, kosakata.KASUBBAG, kosakata.SEKRETARIS)
		)
		self.assertEqual(
			self.langkah_ditutup(name),
			[
				(1, kosakata.SAMPAIKAN, pelaksana, 30),
				(2, kosakata.KEMBALIKAN, kasubbag, 15),
				(1, kosakata.SAMPAIKAN, pelaksana, 30),
				(2, kosakata.PARAF, kasubbag, 15),
				(3, NEW_ACTION, sekretaris, 10),
			],
		)
		self.assertEqual(log_terbuka_dari(name, DOCTYPE), [])

		# the office gives step 3 to the Kepala Satuan: the check sees it, the update follows it
		doc = frappe.get_doc("SOP", SOP_NAME)
		doc.langkah[2].pelaksana = kosakata.KEPALA_SATUAN
		doc.save()
		frappe.db.commit()
		(mismatch,) = check_workflow(SOP_NAME)
		self.assertEqual(mismatch["kind"], "role_differs")
		kinds = sorted(c["kind"] for c in preview_workflow(SOP_NAME)["changes"])
		self.assertEqual(kinds, ["add_transition", "change_state", "change_state", "remove_transition"])
		frappe.db.set_value(
			"Workflow Document State",
			{"parent": workflow.name, "state": "Verifikasi Kasubbag"},
			"message",
			"Cek sumber",
		)
		make_workflow(SOP_NAME)
		frappe.db.commit()
		self.assertEqual(check_workflow(SOP_NAME), [])
		kept = frappe.db.get_value(
			"Workflow Document State", {"parent": workflow.name, "state": "Verifikasi Kasubbag"}, "message"
		)
		self.assertEqual(kept, "Cek sumber")  # what the admin set on a state that stays is kept

		with as_user(kosakata.PELAKSANA):
			second = frappe.get_doc({"doctype": DOCTYPE, "judul": "Data Triwulan IV"}).insert().name
		self.act(second, kosakata.SAMPAIKAN, kosakata.PELAKSANA)
		self.act(second, kosakata.PARAF, kosakata.KASUBBAG)
		with self.assertRaises(WorkflowTransitionError):
			self.act(second, NEW_ACTION, kosakata.SEKRETARIS)
		self.act(second, NEW_ACTION, kosakata.KEPALA_SATUAN)
		self.assertEqual(frappe.db.get_value(DOCTYPE, second, "workflow_state"), "Data Ditetapkan")
		frappe.db.commit()

	def test_an_incomplete_sop_cannot_generate_and_writes_nothing(self):
		frappe.set_user("Administrator")
		doc = frappe.get_doc(
			{
				"doctype": "SOP",
				"nama_sop": "Pengumpulan Data Kinerja (draf)",
				"langkah": [{**LANGKAH[0], "workflow_state": None}],
				"aktif": 0,
			}
		).insert()
		with self.assertRaises(frappe.ValidationError):
			preview_workflow(doc.name)
		with self.assertRaises(frappe.ValidationError):
			make_workflow(doc.name)
		self.assertFalse(frappe.db.exists("Workflow", "Pengumpulan Data Kinerja (draf)"))
		frappe.db.rollback()

	def test_another_doctypes_workflow_of_the_same_name_is_not_taken_over(self):
		frappe.set_user("Administrator")
		doc = frappe.get_doc(  # unsaved: the shipped SOP already holds this nama_sop
			{
				"doctype": "SOP",
				"nama_sop": kosakata.WORKFLOW,  # the name of Perbaikan Data Kinerja's workflow
				"langkah": LANGKAH,
				"document_type": DOCTYPE,
				"status_akhir": "Data Ditetapkan",
			}
		)
		modified = frappe.db.get_value("Workflow", kosakata.WORKFLOW, "modified")
		with self.assertRaises(frappe.ValidationError):
			doc.make_workflow()
		self.assertEqual(frappe.db.get_value("Workflow", kosakata.WORKFLOW, "modified"), modified)
		self.assertEqual(
			frappe.db.get_value("Workflow", kosakata.WORKFLOW, "document_type"), kosakata.DOCTYPE
		)
		frappe.db.rollback()
