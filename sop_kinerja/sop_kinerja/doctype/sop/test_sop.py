# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import json
from datetime import timedelta
from unittest.mock import patch

import frappe
from frappe.utils import now_datetime

from sop_kinerja import install
from sop_kinerja.mesin import mutu_baku, sop_ke_workflow
from sop_kinerja.mesin.exceptions import SOPInvalidError
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.sop.sop import check_workflow, preview_workflow
from sop_kinerja.tests.utils import (
	USERS,
	IntegrationTestCase,
	RoleUsersTestCase,
	act,
	as_user,
	kalender_kerja,
	log_terbuka_dari,
	new_perbaikan,
	walk_to,
)

SOP_NAME = "SOP Perbaikan Data Kinerja"


def shipped_record():
	return frappe.get_doc("SOP", SOP_NAME)


class TestSOP(RoleUsersTestCase):
	def tearDown(self):
		super().tearDown()
		mutu_baku.clear_cache()  # a rolled-back SOP edit must not linger in the cache

	def test_the_seed_sop_is_installed_with_its_identity_block_and_ten_steps(self):
		doc = shipped_record()
		self.assertEqual(doc.nama_sop, "Perbaikan Data Kinerja")
		self.assertEqual(doc.unit, "Satuan Polisi Pamong Praja Provinsi Kalimantan Barat")
		self.assertEqual(len(doc.dasar_hukum), 3)
		self.assertIn("Nomor 53 Tahun 2014", doc.dasar_hukum[0].uraian)
		self.assertEqual(len(doc.kualifikasi_pelaksana), 2)
		self.assertEqual(
			[row.nama_sop for row in doc.keterkaitan],
			[
				"SOP Pengumpulan Data Kinerja",
				"SOP Monitoring dan Evaluasi Kinerja Secara Periodik",
				"SOP LAKIP dan Penyusunan Renja",
			],
		)
		self.assertEqual([row.uraian for row in doc.peralatan], ["Alat Tulis Kantor", "Komputer", "Printer"])
		self.assertEqual([row.uraian for row in doc.pencatatan], ["Buku Agenda", "Nota Dinas"])
		self.assertTrue(doc.peringatan.startswith("Jika kebijakan tidak dibuat"))
		self.assertEqual(
			[(r.no, r.workflow_state, r.pelaksana, r.waktu, r.kegiatan) for r in doc.langkah],
			[
				(s["no"], s["workflow_state"], s["pelaksana"], s["waktu"], s["kegiatan"])
				for s in install.shipped_sop()["langkah"]
			],
		)
		self.assertEqual(sum(r.waktu for r in doc.langkah), 110)
		self.assertEqual([r.no for r in doc.langkah if r.tidak_setuju_ke], [5, 6, 7])
		self.assertEqual(
			(doc.document_type, doc.workflow, doc.aktif), (kosakata.DOCTYPE, kosakata.WORKFLOW, 1)
		)

	def test_the_shipped_sop_and_workflow_agree(self):
		self.assertEqual(check_workflow(SOP_NAME), [])
		self.assertEqual(preview_workflow(SOP_NAME)["changes"], [])

	def test_the_check_lists_every_kind_of_mismatch(self):
		doc = shipped_record()
		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		doc.langkah[2].workflow_state = "Penerimaan Kasubbag Baru"  # step 3 has no state
		workflow.append("states", {"state": "Ditunda", "allow_edit": kosakata.SEKRETARIS})  # no step
		next(s for s in workflow.states if s.state == "Telaah Kasubbag").allow_edit = kosakata.SEKRETARIS

		found = sop_ke_workflow.mismatches(doc.langkah, doc.status_akhir, workflow)

		self.assertIn(
			sop_ke_workflow.Mismatch("step_without_state", 3, "Penerimaan Kasubbag Baru", kosakata.KASUBBAG),
			found,
		)
		self.assertIn(sop_ke_workflow.Mismatch("state_without_step", None, "Penerimaan Kasubbag"), found)
		self.assertIn(sop_ke_workflow.Mismatch("state_without_step", None, "Ditunda"), found)
		self.assertIn(
			sop_ke_workflow.Mismatch(
				"role_differs", 5, "Telaah Kasubbag", kosakata.KASUBBAG, kosakata.SEKRETARIS
			),
			found,
		)
		self.assertEqual(len(found), 4)

	def test_the_desk_check_reports_a_role_changed_in_the_sop(self):
		doc = shipped_record()
		doc.langkah[4].pelaksana = kosakata.SEKRETARIS
		doc.save()
		messages = [m["message"] for m in check_workflow(SOP_NAME)]
		self.assertEqual(len(messages), 1)
		self.assertIn("Telaah Kasubbag", messages[0])
		self.assertIn(kosakata.KASUBBAG, messages[0])
		self.assertIn(kosakata.SEKRETARIS, messages[0])

	def test_bad_steps_are_refused_and_nothing_changes(self):
		cases = {
			"gap": lambda d: setattr(d.langkah[9], "no", 12),
			"same state": lambda d: setattr(d.langkah[1], "workflow_state", d.langkah[0].workflow_state),
			"final is a step": lambda d: setattr(d, "status_akhir", d.langkah[3].workflow_state),
			"missing target": lambda d: setattr(d.langkah[4], "tidak_setuju_ke", 30),
			"back to itself": lambda d: setattr(d.langkah[4], "tidak_setuju_ke", 5),
			"Ya back": lambda d: setattr(d.langkah[4], "setuju_ke", 2),
			"Ya past the end": lambda d: setattr(d.langkah[4], "setuju_ke", 11),
			"Ya and Tidak to one step": lambda d: d.langkah[4].update({"setuju_ke": 8, "tidak_setuju_ke": 8}),
			"an actor twice in the table": lambda d: d.extend(
				"peta_pelaksana", [{"pelaksana_lembar": "X", "role": None}] * 2
			),
		}
		modified = frappe.db.get_value("SOP", SOP_NAME, "modified")
		for case, spoil in cases.items():
			with self.subTest(case):
				doc = shipped_record()
				spoil(doc)
				self.assertRaises(SOPInvalidError, doc.save)
				self.assertEqual(frappe.db.get_value("SOP", SOP_NAME, "modified"), modified)

	def test_the_refusal_is_in_indonesian_for_an_indonesian_user(self):
		doc = shipped_record()
		doc.langkah[9].no = 12
		frappe.local.lang = "id"
		try:
			with self.assertRaises(SOPInvalidError) as refused:
				doc.save()
			self.assertIn("Beri nomor langkah 1 sampai 10 tanpa loncatan", str(refused.exception))
		finally:
			frappe.local.lang = "en"

	def test_a_second_active_sop_for_the_same_doctype_is_refused(self):
		other = frappe.copy_doc(shipped_record())
		other.nama_sop = "Perbaikan Data Kinerja (Revisi)"
		self.assertRaises(SOPInvalidError, other.insert)
		other.aktif = 0
		other.insert()  # a draft revision may wait beside the active one

	def test_only_a_system_manager_generates_a_workflow(self):
		with as_user(kosakata.KASUBBAG):
			self.assertRaises(frappe.PermissionError, preview_workflow, SOP_NAME)
			self.assertTrue(frappe.has_permission("SOP", "read", SOP_NAME))
			self.assertFalse(frappe.has_permission("SOP", "write", SOP_NAME))


class TestShippedSOPRecord(IntegrationTestCase):
	"""install_sop runs after every migrate; these tests call it the way migrate does."""

	def tearDown(self):
		frappe.db.rollback()
		mutu_baku.clear_cache()

	def changed_shipped_sop(self):
		data = install.shipped_sop()
		data["peringatan"] = "Peringatan versi baru."
		return patch.object(install, "shipped_sop", return_value=data)

	def test_an_unedited_record_follows_a_new_shipped_version(self):
		with self.changed_shipped_sop():
			install.install_sop()
		self.assertEqual(shipped_record().peringatan, "Peringatan versi baru.")

	def test_an_admins_edit_is_never_overwritten(self):
		doc = shipped_record()
		doc.publik = 1  # what an admin may change on a version in force (its text is a revision's)
		doc.save()
		with self.changed_shipped_sop():
			install.install_sop()
		doc = shipped_record()
		self.assertEqual(doc.publik, 1)
		self.assertNotEqual(doc.peringatan, "Peringatan versi baru.")

	def test_a_deleted_record_is_not_brought_back(self):
		frappe.db.delete("Log Langkah SOP", {"sop": SOP_NAME})  # an SOP with history cannot be deleted
		frappe.delete_doc("SOP", SOP_NAME)
		install.install_sop()
		self.assertFalse(frappe.db.exists("SOP", SOP_NAME))

	def test_restore_brings_back_the_shipped_record_in_place(self):
		# a record changed before versions were kept (today a version in force is not edited in place)
		frappe.db.set_value("SOP Langkah", shipped_record().langkah[0].name, "waktu", 7)
		frappe.db.set_value("SOP", SOP_NAME, "peringatan", "Diubah.")
		install.restore_sop()
		doc = shipped_record()
		self.assertEqual((doc.langkah[0].waktu, doc.peringatan), (5, install.shipped_sop()["peringatan"]))

	def test_installed_state_is_remembered(self):
		installed = json.loads(frappe.db.get_default(install.SOP_SHIPPED))
		self.assertEqual(installed["modified"], str(frappe.db.get_value("SOP", SOP_NAME, "modified")))


class TestLewatMutuBaku(RoleUsersTestCase):
	def notifications(self, name, user=None):
		filters = {"document_name": name, "document_type": kosakata.DOCTYPE}
		if user:
			filters["for_user"] = user
		return frappe.get_all("Notification Log", filters=filters, fields=["for_user", "subject"])

	def test_a_document_past_its_standard_is_flagged_and_its_role_told_once(self):
		late, on_time = new_perbaikan(), new_perbaikan()
		already_late = mutu_baku.terlambat_sekarang(kosakata.DOCTYPE)
		(row,) = log_terbuka_dari(late)
		frappe.db.set_value("Log Langkah SOP", row.name, "batas_waktu", now_datetime() - timedelta(minutes=1))

		mutu_baku.tandai_lewat_waktu()

		self.assertEqual(
			frappe.db.get_value("Log Langkah SOP", row.name, ["lewat_waktu", "diberitahu"]), (1, 1)
		)
		told = self.notifications(late)
		self.assertIn(USERS[kosakata.KEPALA_SATUAN], [n.for_user for n in told])
		self.assertEqual(self.notifications(late, USERS[kosakata.SEKRETARIS]), [])
		self.assertIn(late, told[0].subject)
		self.assertIn("5", told[0].subject)
		self.assertEqual(self.notifications(on_time), [])
		self.assertEqual(mutu_baku.terlambat_sekarang(kosakata.DOCTYPE), already_late + 1)

		form = frappe.get_doc(kosakata.DOCTYPE, late)
		form.run_method("onload")  # the form shows the step in red, with the time it fell due
		self.assertLess(form.get_onload().lewat_mutu_baku_sejak, now_datetime())
		form = frappe.get_doc(kosakata.DOCTYPE, on_time)
		form.run_method("onload")
		self.assertIsNone(form.get_onload().get("lewat_mutu_baku_sejak"))

		mutu_baku.tandai_lewat_waktu()  # the next run: the same breach is not told again
		self.assertEqual(len(self.notifications(late)), len(told))

	def test_the_scheduler_runs_the_check_every_five_minutes(self):
		job = frappe.get_doc(
			"Scheduled Job Type", {"method": "sop_kinerja.mesin.mutu_baku.tandai_lewat_waktu"}
		)
		self.assertEqual((job.frequency, job.cron_format, job.stopped), ("Cron", "*/5 * * * *", 0))

	@kalender_kerja(sepanjang_waktu=1)
	def test_leaving_a_step_late_records_the_breach(self):
		name = new_perbaikan()
		(row,) = log_terbuka_dari(name)
		frappe.db.set_value("Log Langkah SOP", row.name, "masuk", now_datetime() - timedelta(minutes=6))
		act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)
		closed = frappe.get_doc("Log Langkah SOP", row.name)
		self.assertEqual(closed.lewat_waktu, 1)
		self.assertGreater(closed.durasi, 5 * 60)
		self.assertEqual(closed.user, USERS[kosakata.KEPALA_SATUAN])
		self.assertEqual(closed.aksi, kosakata.PERINTAHKAN)
		(opened,) = log_terbuka_dari(name)
		self.assertEqual((opened.langkah, opened.role), (2, kosakata.SEKRETARIS))

	def test_the_upgrade_patch_opens_the_step_a_document_waits_at(self):
		from sop_kinerja.patches import step_log_against_sop

		name = new_perbaikan()
		walk_to(name, "Penerimaan Kasubbag")
		(row,) = log_terbuka_dari(name)
		# as the version before SOP records left it: no open line, no pass numbers
		frappe.db.delete("Log Langkah SOP", {"name": row.name})
		frappe.db.set_value("Log Langkah SOP", {"reference_name": name}, "putaran", 0)
		step_log_against_sop.execute()
		(reopened,) = log_terbuka_dari(name)
		# entered when the document says it entered the step: its masuk_langkah, as the original line was
		self.assertEqual((reopened.langkah, reopened.waktu_baku, reopened.masuk), (3, 5, row.masuk))
		passes = frappe.get_all("Log Langkah SOP", {"reference_name": name}, pluck="putaran")
		self.assertEqual(sorted(passes), [1, 1, 1])
