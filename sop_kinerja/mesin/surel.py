"""Workflow e-mails follow the site's outgoing mail account.

With a Workflow's "Send Email Alert" on, Frappe e-mails every user who may act next: the action
buttons (Paraf, Kembalikan, ...) and the document's default print format attached as PDF, which for
Perbaikan Data Kinerja is the Nota Dinas. They go out through the default outgoing Email Account;
without one each of those e-mails fails into the Error Log. So the SOP's workflows ship with it off,
and this module turns it on when an account becomes the default outgoing one (or at install, if the
site has one). An admin who turns it off again in the Workflow keeps it off until another account
becomes the default outgoing one.

Frappe's own wording is English ("Workflow Action on ..."), so turning the e-mails on also gives each
state that has none the Email Template "Langkah SOP": Indonesian, naming the document and the step
it waits at. The template is made once; an admin may edit it, or set another per state.
"""

import frappe
from frappe import _
from frappe.model.workflow import get_workflow_name


def sop_workflows() -> list[str]:
	"""The active workflows of the DocTypes that active SOP records govern."""
	doctypes = frappe.get_all("SOP", {"aktif": 1}, pluck="document_type")
	return sorted({name for doctype in doctypes if (name := get_workflow_name(doctype))})


def outgoing_account_exists() -> bool:
	"""What Frappe sends workflow e-mails through: a default outgoing account, or `mail_server` in the
	site config."""
	default = frappe.db.exists("Email Account", {"enable_outgoing": 1, "default_outgoing": 1})
	return bool(default or frappe.conf.get("mail_server"))


EMAIL_TEMPLATE = "Langkah SOP"
SUBJECT = "{{ name }} menunggu tindakan Anda{% if workflow_state %}: {{ workflow_state }}{% endif %}"
RESPONSE = (
	"<p>{{ doctype }} <strong>{{ name }}</strong>{% if hal %} ({{ hal | e }}){% endif %} sekarang "
	"berada pada tahap <strong>{{ workflow_state }}</strong> dan menunggu tindakan Anda.</p>"
	"<p>Dokumennya terlampir dalam PDF. Pilih tindakan di bawah ini, atau buka "
	'<a href="{{ frappe.utils.get_url_to_form(doctype, name) }}">dokumen di desk</a>.</p>'
)


def ensure_email_template() -> str:
	if not frappe.db.exists("Email Template", EMAIL_TEMPLATE):
		template = frappe.get_doc({"doctype": "Email Template", "subject": SUBJECT, "response": RESPONSE})
		template.insert(ignore_permissions=True, set_name=EMAIL_TEMPLATE)
	return EMAIL_TEMPLATE


def turn_on_workflow_emails(workflows: list[str] | None = None) -> list[str]:
	"""Turn on Send Email Alert on the SOP workflows (or those of `workflows`) that have it off, with the
	SOP's e-mail wording on the states that have none. Returns the workflows' names."""
	turned_on = []
	for name in sop_workflows() if workflows is None else workflows:
		workflow = frappe.get_doc("Workflow", name)
		if workflow.send_email_alert:
			continue
		workflow.send_email_alert = 1
		for state in workflow.states:
			state.next_action_email_template = state.next_action_email_template or ensure_email_template()
		workflow.save(ignore_permissions=True)
		turned_on.append(name)
	return turned_on


def on_email_account_update(doc, method=None):
	"""doc_events of Email Account: an account that has just become the default outgoing one."""
	if not (doc.enable_outgoing and doc.default_outgoing):
		return
	if not (doc.has_value_changed("enable_outgoing") or doc.has_value_changed("default_outgoing")):
		return
	if turned_on := turn_on_workflow_emails():
		frappe.msgprint(
			_(
				"Workflow e-mails are now on for {0}: whoever may act next gets an e-mail with the "
				"action buttons and the Nota Dinas as PDF. To stop them, turn off Send Email Alert "
				"in the Workflow."
			).format(", ".join(frappe.bold(name) for name in turned_on)),
			title=_("Workflow E-mails"),
			alert=True,
		)


def on_install():
	"""At install: a site that already sends mail gets the e-mails at once."""
	if outgoing_account_exists():
		turn_on_workflow_emails()
