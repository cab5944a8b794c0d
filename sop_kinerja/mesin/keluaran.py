"""A step is left only with its Output recorded, for any SOP (keluaran: what a step hands on).

Each step of an SOP record names its Output in words ("Draft Perbaikan Data Kinerja") and, in
`field_output`, the fields of the document that hold it. A document cannot leave the step forward
while one of them is empty; a send-back asks for nothing. Jalankan SOP fills `field_output` for the
DocTypes it makes, one field per Output; for a DocType that came with code (Perbaikan Data Kinerja)
the SOP record names that DocType's own fields. The step's Kelengkapan is its checklist, shown with
the step; the log line of the step keeps what the Output was when the step's actor left it.
"""

import frappe
from frappe import _
from frappe.model import table_fields
from frappe.utils import cstr, strip_html

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.mesin.exceptions import KeluaranLangkahRequiredError


def fields_of(langkah) -> list[str]:
	"""The fieldnames that hold a step's Output, as the SOP record lists them."""
	return [name.strip() for name in cstr(langkah.get("field_output")).split(",") if name.strip()]


def checklist(langkah) -> list[str]:
	"""The step's Kelengkapan as a checklist: "Dokumen, data" is two things to have at hand."""
	return [
		item.strip() for item in cstr(langkah.get("kelengkapan")).replace(";", ",").split(",") if item.strip()
	]


def _filled(doc, fieldname: str) -> bool:
	value, df = doc.get(fieldname), doc.meta.get_field(fieldname)
	if df and df.fieldtype in table_fields:
		return bool(value)
	return bool(strip_html(cstr(value)).strip())


def missing(doc, langkah) -> list[str]:
	"""Labels of the step's Output fields that are still empty."""
	return [_(doc.meta.get_label(name)) for name in fields_of(langkah) if not _filled(doc, name)]


def check_recorded(doc, transition):
	"""Refuse a forward move out of a step whose Output is not recorded yet."""
	if mutu_baku.is_kembalikan(doc.doctype, transition.state, transition.next_state):
		return
	langkah = mutu_baku.langkah_for(doc.doctype, transition.state)
	if langkah and (empty := missing(doc, langkah)):
		frappe.throw(
			_("Step {0} hands on {1}: fill in {2} before the action {3}.").format(
				langkah.no,
				frappe.bold(langkah.output or _("its Output")),
				", ".join(empty),
				frappe.bold(_(transition.action)),
			),
			exc=KeluaranLangkahRequiredError,
			title=_("Step Incomplete"),
		)


def summary(doc, langkah) -> str | None:
	"""What the step's Output was when the document left it, for its log line: each field's label and
	value (a table by its number of rows, a long text cut short)."""
	parts = []
	for name in fields_of(langkah):
		df = doc.meta.get_field(name)
		value = doc.get(name)
		if df and df.fieldtype in table_fields:
			text = _("{0} rows").format(len(value or []))
		else:
			text = strip_html(cstr(value)).strip()
			text = text if len(text) <= 80 else text[:77] + "..."
		parts.append(f"{_(doc.meta.get_label(name))}: {text}")
	return "\n".join(parts) or None
