"""Workflow e-mails: on once the site can send mail, to whoever acts next, with the Nota Dinas PDF."""

from unittest.mock import patch

import frappe

from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.smtp_sink import SMTPSink
from sop_kinerja.tests.utils import USERS, RoleUsersTestCase, langkah_sop, new_perbaikan, walk_to


def email_alert() -> int:
	return frappe.db.get_value("Workflow", kosakata.WORKFLOW, "send_email_alert")


class TestWorkflowEmails(RoleUsersTestCase):
	def setUp(self):
		# the Workflow's cached copy would outlive the rollback of its change
		self.addCleanup(frappe.clear_document_cache, "Workflow", kosakata.WORKFLOW)

	def email_account(self, port: int, **values):
		return frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": "Satpol PP Uji",
				"email_id": "sop-kinerja@satpolpp.test",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "127.0.0.1",
				"smtp_port": port,
				"no_smtp_authentication": 1,
				"use_tls": 0,
				"use_ssl": 0,
				**values,
			}
		).insert(ignore_permissions=True)

	def test_an_outgoing_account_sends_the_next_actor_the_actions_and_the_nota_dinas_pdf(self):
		self.assertEqual(email_alert(), 0, "ships off: a site without mail would fill its Error Log")
		with SMTPSink() as sink:
			self.email_account(sink.port)
			self.assertEqual(email_alert(), 1)

			name = new_perbaikan()
			walk_to(name, "Telaah Kasubbag")  # the Pelaksana's Sampaikan hands it to the Kasubbag
			queued = frappe.get_all("Email Queue", {"reference_name": name}, pluck="name")
			# sending commits (Frappe's Email Queue): kept inside this test's transaction
			with patch.dict(frappe.flags, {"testing_email": True}), patch.object(frappe.db, "commit"):
				for queue in queued:
					frappe.get_doc("Email Queue", queue).send()

		received = [(to, message) for recipients, message in sink.received for to in recipients]
		# creating it and every move told the role that acts next (steps 1 to 5), and nobody else
		self.assertEqual(
			sorted({to for to, _ in received} & set(USERS.values())),
			sorted(USERS[langkah.pelaksana] for langkah in langkah_sop()[:5] if langkah.no != 3),
		)
		# the Kasubbag's e-mail of step 5: its two buttons and the Nota Dinas as PDF
		html = {id(message): message.get_body(("html",)).get_content() for _, message in received}
		review = [
			message
			for to, message in received
			if to == USERS[kosakata.KASUBBAG] and "current_state=Telaah+Kasubbag" in html[id(message)]
		]
		self.assertEqual(len(review), 1)
		message = review[0]
		# in the office's language, with the step it waits at (Email Template "Langkah SOP")
		self.assertEqual(message["Subject"], f"{name} menunggu tindakan Anda: Telaah Kasubbag")
		self.assertIn("berada pada tahap <strong>Telaah Kasubbag</strong>", html[id(message)])
		self.assertIn(f"/app/perbaikan-data-kinerja/{name}", html[id(message)])
		for action in (kosakata.PARAF, kosakata.KEMBALIKAN):
			self.assertIn(f"action={action}&", html[id(message)].replace("&amp;", "&"))
		pdfs = [part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"]
		self.assertEqual(len(pdfs), 1)
		self.assertEqual(pdfs[0].get_filename(), name.replace("/", "-") + ".pdf")
		self.assertTrue(pdfs[0].get_content().startswith(b"%PDF"))

	def test_an_admins_own_email_template_on_a_state_is_kept(self):
		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		frappe.get_doc({"doctype": "Email Template", "subject": "Paraf", "response": "x"}).insert(
			set_name="Template Admin"
		)
		workflow.states[4].next_action_email_template = "Template Admin"
		workflow.save()
		self.email_account(2525)
		templates = [
			state.next_action_email_template for state in frappe.get_doc("Workflow", kosakata.WORKFLOW).states
		]
		self.assertEqual(templates[4], "Template Admin")
		self.assertEqual(set(templates[:4] + templates[5:]), {"Langkah SOP"})

	def test_turned_off_by_the_admin_it_stays_off_until_another_account_is_enabled(self):
		account = self.email_account(2525)
		workflow = frappe.get_doc("Workflow", kosakata.WORKFLOW)
		workflow.send_email_alert = 0
		workflow.save()

		account.smtp_port = 2526  # saved again, outgoing already enabled: the admin's choice stands
		account.save()
		self.assertEqual(email_alert(), 0)

		incoming_only = {"enable_outgoing": 0, "default_outgoing": 0}
		not_default = {"default_outgoing": 0}  # as Frappe's own test records
		self.email_account(2525, email_account_name="Masuk", email_id="masuk@satpolpp.test", **incoming_only)
		self.email_account(2525, email_account_name="Keluar", email_id="keluar@satpolpp.test", **not_default)
		self.assertEqual(email_alert(), 0)

		account.default_outgoing = 0
		account.save()
		account.default_outgoing = 1
		account.save()
		self.assertEqual(email_alert(), 1)
