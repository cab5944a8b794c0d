"""What the desk enforces and the server does not: reading the live Workflow that an admin may have edited."""

import frappe
from frappe.model import no_value_fields, table_fields
from frappe.model.document import Document
from frappe.model.workflow import get_workflow_name
from frappe.utils import cstr, flt, get_datetime, getdate

# Roles Frappe gives every user, or that only an admin should hold: never an SOP actor's, never delegated
ROLE_TERLARANG = ("Administrator", "Guest", "All", "Desk User", "System Manager")

# Fields a workflow move writes by itself; they never count as a user's edit.
BOOKKEEPING_FIELDS = {"workflow_state", "langkah_sop", "masuk_langkah", "arsip"}


def get_active_workflow(doctype: str):
	name = get_workflow_name(doctype)
	return frappe.get_cached_doc("Workflow", name) if name else None


def get_state(workflow, state: str | None):
	return next((row for row in workflow.states if row.state == state), None)


def find_transition(workflow, state: str | None, next_state: str | None, roles: list[str]):
	"""The transition from `state` to `next_state` this user may take, or None."""
	return next(
		(
			t
			for t in workflow.transitions
			if t.state == state and t.next_state == next_state and t.allowed in roles
		),
		None,
	)


def changed_fields(doc: Document, before: Document, ignore: set[str] = BOOKKEEPING_FIELDS) -> list[str]:
	"""Labels of the fields whose content differs from the saved version.

	On a submitted document only the fields allowed on submit count: Frappe itself refuses the rest
	with its own, clearer message.
	"""
	changed = []
	for df in doc.meta.fields:
		if df.fieldname in ignore or (df.fieldtype in no_value_fields and df.fieldtype not in table_fields):
			continue
		if doc.docstatus == 1 and not df.allow_on_submit:
			continue
		if df.fieldtype in table_fields:
			same = _rows(df.options, doc.get(df.fieldname)) == _rows(df.options, before.get(df.fieldname))
		else:
			same = _normalise(df.fieldtype, doc.get(df.fieldname)) == _normalise(
				df.fieldtype, before.get(df.fieldname)
			)
		if not same:
			changed.append(df.label or df.fieldname)
	return changed


def _normalise(fieldtype: str, value):
	if fieldtype in ("Int", "Float", "Currency", "Percent", "Check", "Duration", "Rating"):
		return flt(value)
	if fieldtype == "Date" and value:
		return getdate(value)
	if fieldtype == "Datetime" and value:
		return get_datetime(value)
	return cstr(value).strip()


def _rows(child_doctype: str, rows) -> list[tuple]:
	fields = [df for df in frappe.get_meta(child_doctype).fields if df.fieldtype not in no_value_fields]
	return [tuple(_normalise(df.fieldtype, row.get(df.fieldname)) for df in fields) for row in rows or []]


@frappe.whitelist()
def menunggu_saya(doctype: str) -> list[str]:
	"""The states in which the current user's roles may act: the list view's "Waiting for Me"."""
	frappe.has_permission(doctype, "read", throw=True)
	workflow = get_active_workflow(doctype)
	if not workflow:
		return []
	roles = set(frappe.get_roles())
	return sorted({t.state for t in workflow.transitions if t.allowed in roles})
