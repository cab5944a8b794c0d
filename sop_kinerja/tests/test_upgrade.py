"""What an upgrade keeps: a real `bench migrate` run in-process must not undo an admin's desk edits."""

import frappe
from frappe.migrate import SiteMigration
from frappe.model.workflow import WorkflowTransitionError
from frappe.permissions import add_permission, update_permission_property

from sop_kinerja.install import install_workflow, restore_sop, restore_workflow, shipped_workflow
from sop_kinerja.mesin import mutu_baku, versi
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.utils import (
	USERS,
	RoleUsersTestCase,
	act,
	log_of,
	log_terbuka_dari,
	new_perbaikan,
	state_of,
	walk_to,
)


def migrate():
	migration = SiteMigration(skip_search_index=True)
	migration.setUp()
	try:
		migration.pre_schema_updates()
		migration.run_schema_updates()
		migration.post_schema_updates()
	finally:
		migration.tearDown()


class TestUpgradeKeepsAdminEdits(RoleUsersTestCase):
	"""Migrate commits, so each test undoes its edits itself."""

	def tearDown(self):
		super().tearDown()
		for name in frappe.get_all("Workflow", {"document_type": kosakata.DOCTYPE}, pluck="name"):
			if name != kosakata.WORKFLOW:
				frappe.delete_doc("Workflow", name, force=True)
		restore_workflow()
		frappe.db.delete("Custom DocPerm", {"parent": kosakata.DOCTYPE})
		frappe.clear_cache(doctype=kosakata.DOCTYPE)
		frappe.db.commit()

	def test_workflow_edited_in_the_desk_survives_migrate(self):
		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		step3 = next(t for t in workflow.transitions if t.state == "Penerimaan Kasubbag")
		step3.allowed = kosakata.SEKRETARIS  # this office lets the Sekretaris hand work to the Pelaksana
		workflow.send_email_alert = 1
		workflow.save()
		frappe.db.commit()

		migrate()

		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		step3 = next(t for t in workflow.transitions if t.state == "Penerimaan Kasubbag")
		self.assertEqual(step3.allowed, kosakata.SEKRETARIS)
		self.assertEqual(workflow.send_email_alert, 1)

		# and the office works the new way, no code changed
		name = new_perbaikan()
		walk_to(name, "Penerimaan Kasubbag")
		with self.assertRaises(WorkflowTransitionError):
			act(name, kosakata.PERINTAHKAN, kosakata.KASUBBAG)
		act(name, kosakata.PERINTAHKAN, kosakata.SEKRETARIS)
		self.assertEqual(state_of(name), "Penyusunan Pelaksana")
		self.assertEqual(log_of(name)[-1].role, kosakata.SEKRETARIS)
		frappe.db.rollback()

	def test_a_revision_in_force_survives_migrate(self):
		# this office gives the Pelaksana half an hour: a revision, ratified and put in force
		shipped = "SOP Perbaikan Data Kinerja"
		revisi = versi.buat_revisi(shipped, {4: 30})
		frappe.db.set_value("SOP", revisi, "status", versi.DISAHKAN)  # ratified (test_siklus_sop)
		versi.berlakukan(revisi)
		try:
			migrate()
			self.assertEqual(
				(frappe.db.get_value("SOP", shipped, "status"), frappe.db.get_value("SOP", revisi, "status")),
				(versi.DIGANTI, versi.BERLAKU),
			)
			name = new_perbaikan()
			walk_to(name, "Penyusunan Pelaksana")
			self.assertEqual(log_terbuka_dari(name)[0].waktu_baku, 30)
			frappe.db.rollback()
		finally:
			frappe.db.rollback()
			frappe.delete_doc("SOP", revisi, force=True)
			frappe.db.set_value("SOP", shipped, {"status": versi.BERLAKU, "aktif": 1})
			restore_sop()
			frappe.db.commit()
			mutu_baku.clear_cache()
		self.assertEqual(frappe.get_doc("SOP", shipped).langkah[3].waktu, 20)

	def test_restore_brings_back_the_shipped_workflow(self):
		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		workflow.transitions = [t for t in workflow.transitions if t.action != kosakata.KEMBALIKAN]
		workflow.save()
		frappe.db.commit()

		restore_workflow()

		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		shipped = shipped_workflow()
		self.assertEqual(
			{(t.state, t.action, t.next_state, t.allowed) for t in workflow.transitions},
			{(t["state"], t["action"], t["next_state"], t["allowed"]) for t in shipped["transitions"]},
		)

	def test_missing_workflow_is_installed_again_by_migrate(self):
		frappe.delete_doc("Workflow", kosakata.WORKFLOW, force=True)
		frappe.db.commit()
		migrate()
		self.assertTrue(frappe.db.exists("Workflow", kosakata.WORKFLOW))

	def test_an_admins_own_workflow_is_not_replaced_by_migrate(self):
		own = frappe.copy_doc(frappe.get_doc("Workflow", kosakata.WORKFLOW))
		own.workflow_name = "Alur Perbaikan Data Kinerja Kantor"
		frappe.delete_doc("Workflow", kosakata.WORKFLOW, force=True)
		own.insert()
		frappe.db.commit()

		migrate()

		self.assertFalse(frappe.db.exists("Workflow", kosakata.WORKFLOW))
		self.assertEqual(frappe.db.get_value("Workflow", own.name, "is_active"), 1)

	def test_install_leaves_an_existing_workflow_alone(self):
		frappe.db.set_value("Workflow", kosakata.WORKFLOW, "send_email_alert", 1)
		install_workflow()
		self.assertEqual(frappe.db.get_value("Workflow", kosakata.WORKFLOW, "send_email_alert"), 1)

	def test_role_permission_manager_edits_survive_migrate(self):
		# what Role Permissions Manager does when the admin ticks boxes
		update_permission_property(kosakata.DOCTYPE, kosakata.PELAKSANA, 0, "export", 1)
		add_permission(kosakata.DOCTYPE, "Report Manager", 0)
		frappe.db.commit()

		migrate()

		self.assertTrue(
			frappe.db.get_value(
				"Custom DocPerm",
				{"parent": kosakata.DOCTYPE, "role": kosakata.PELAKSANA, "permlevel": 0},
				"export",
			)
		)
		self.assertTrue(
			frappe.db.exists("Custom DocPerm", {"parent": kosakata.DOCTYPE, "role": "Report Manager"})
		)
		self.assertTrue(frappe.has_permission(kosakata.DOCTYPE, "export", user=USERS[kosakata.PELAKSANA]))
