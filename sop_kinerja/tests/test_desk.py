"""What the desk shows each member of staff: the step they wait at, their inbox, "Waiting for Me"."""

from unittest.mock import patch

import frappe
from frappe.core.doctype.user.user import User

from sop_kinerja.mesin.workflow import menunggu_saya
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.utils import (
	OUTSIDER,
	RoleUsersTestCase,
	as_user,
	ensure_user,
	new_perbaikan,
	walk_to,
)


class TestDesk(RoleUsersTestCase):
	def test_waiting_for_me_names_the_states_where_my_role_acts(self):
		expected = {
			kosakata.KEPALA_SATUAN: {"Disposisi Kepala Satuan", "Telaah Kepala Satuan"},
			kosakata.SEKRETARIS: {"Penyampaian Sekretaris", "Telaah Sekretaris", "Ditandatangani"},
			kosakata.KASUBBAG: {"Penerimaan Kasubbag", "Telaah Kasubbag", "Perintah Pengarsipan"},
			kosakata.PELAKSANA: {"Penyusunan Pelaksana"},
			kosakata.ARSIPARIS: {"Pengarsipan"},
		}
		for role, states in expected.items():
			with as_user(role):
				self.assertEqual(set(menunggu_saya(kosakata.DOCTYPE)), states, role)
		with as_user(OUTSIDER), self.assertRaises(frappe.PermissionError):
			menunggu_saya(kosakata.DOCTYPE)

	def test_the_pending_approval_inbox_holds_the_document_for_the_next_role_only(self):
		name = new_perbaikan()
		walk_to(name, "Telaah Kasubbag")
		for role, sees in (
			(kosakata.KASUBBAG, True),
			(kosakata.SEKRETARIS, False),
			(kosakata.PELAKSANA, False),
		):
			with as_user(role):
				inbox = frappe.get_list(
					"Workflow Action", filters={"reference_name": name, "status": "Open"}, pluck="name"
				)
				self.assertEqual(bool(inbox), sees, role)

	def test_the_form_knows_how_long_the_document_has_waited(self):
		name = new_perbaikan()
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.run_method("onload")
		self.assertGreaterEqual(doc.get_onload().waktu_berjalan, 0)
		self.assertEqual(doc.get_onload().langkah[kosakata.DISPOSISI_KEPALA_SATUAN]["waktu"], 5)

	def test_the_step_log_on_the_form_names_who_acted(self):
		name = new_perbaikan()
		walk_to(name, "Penerimaan Kasubbag")
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.run_method("onload")
		closed = [row for row in doc.get_onload().log_langkah if row.keluar]
		self.assertEqual(
			[row.nama_user for row in closed], ["Kepala Satuan", "Sekretaris"]
		)  # the users' full names, not their e-mail addresses

	def test_the_timeline_tells_each_completed_step(self):
		from frappe.desk.form.load import get_additional_timeline_content

		name = new_perbaikan()
		walk_to(name, "Penerimaan Kasubbag")
		items = get_additional_timeline_content(kosakata.DOCTYPE, name)
		self.assertEqual(len(items), 2)
		first, second = (item["content"] for item in items)
		self.assertIn(f"<strong>{kosakata.PERINTAHKAN}</strong>", first)
		self.assertIn("Kepala Satuan", first)  # the full name of the Kepala Satuan test user
		self.assertIn("standard 5 minutes", first)
		self.assertRegex(first, r"after \d+(s|m)")  # a stay of under a second still says how long
		self.assertIn(f"<strong>{kosakata.SAMPAIKAN}</strong>", second)

	def test_a_role_user_holds_only_that_role_once_setup_is_complete(self):
		# Frappe makes a desk user System Manager when no one else is, once setup is complete; the browser
		# suite marks setup complete before it saves the role users again
		frappe.db.set_single_value("System Settings", "setup_complete", 1)
		with patch.object(User, "get_other_system_managers", return_value=[]):
			ensure_user("baru@sop-kinerja.test", [kosakata.PELAKSANA])
		roles = frappe.get_all(
			"Has Role", {"parenttype": "User", "parent": "baru@sop-kinerja.test"}, pluck="role"
		)
		self.assertEqual(roles, [kosakata.PELAKSANA])
