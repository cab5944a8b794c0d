import frappe


class StateEditNotAllowedError(frappe.PermissionError):
	"""Someone other than the state's editing role (the workflow's `allow_edit`) changed the document."""


class TransitionNotAllowedError(frappe.ValidationError):
	"""A state or docstatus change that is not one of the workflow's transitions for this user."""


class CatatanKembalikanRequiredError(frappe.ValidationError):
	"""A document was sent back (dikembalikan) without a catatan perbaikan."""


class KeluaranLangkahRequiredError(frappe.ValidationError):
	"""A step was left before the fields it must produce were filled in."""


class SOPInvalidError(frappe.ValidationError):
	"""An SOP record whose steps cannot stand as written (numbering, states, decisions)."""


class PlainTextRequiredError(frappe.ValidationError):
	"""Markup in a plain-text field, or script in rich text: refused rather than silently altered."""
