"""The unit (Unit Kerja) a document belongs to, and what follows from it on a site shared by units.

A Frappe admin scopes people to their unit with a User Permission on Unit Kerja. Frappe then keeps
each unit's documents, step log lines and SOP records apart by their link to Unit Kerja. What the app
adds on top follows the same rule:
- a document belongs to one unit: its first Link field to Unit Kerja (`unit_dokumen`); the units a
  Nota Dinas asks for data are a table whose link ignores User Permissions;
- a person restricted to units cannot leave a document without one (`cek_unit_dokumen`);
- notices and e-mails go only to people who may read the document (`boleh_membaca`);
- a unit's own settings (its kop surat, Nota Dinas numbering, working hours) stand in for the site's
  where it fills them in (`pengaturan_unit`).
"""

import frappe
from frappe import _
from frappe.core.doctype.user_permission.user_permission import get_user_permissions

UNIT_KERJA = "Unit Kerja"


def field_unit(meta) -> str | None:
	"""The field that says which unit a document of this DocType belongs to."""
	return next((df.fieldname for df in meta.get_link_fields() if df.options == UNIT_KERJA), None)


def unit_dokumen(doc) -> str | None:
	"""The unit a document belongs to, if its DocType has a link to Unit Kerja."""
	field = field_unit(doc.meta)
	return doc.get(field) if field else None


def unit_user(user: str | None = None, doctype: str | None = None) -> list[str] | None:
	"""The units a user is restricted to (for `doctype`, or for every DocType); None: not restricted."""
	rows = get_user_permissions(user or frappe.session.user).get(UNIT_KERJA)
	if not rows:
		return None
	return [row.doc for row in rows if not row.applicable_for or row.applicable_for == doctype] or None


def cek_unit_dokumen(doc):
	"""A person restricted to units says which of them a new or changed document belongs to."""
	field = field_unit(doc.meta)
	if not field or doc.get(field) or unit_user(doctype=doc.doctype) is None:
		return
	frappe.throw(
		_("Choose the {0}: your account is limited to {1}, so each document names its unit.").format(
			_(doc.meta.get_label(field)), ", ".join(unit_user(doctype=doc.doctype))
		),
		frappe.MandatoryError,
		title=_("Unit Kerja Missing"),
	)


def boleh_membaca(doctype: str, name: str, users) -> list[str]:
	"""Those of `users` who may read the document, User Permissions included (as Frappe's own
	Workflow Action filters who it tells)."""
	doc = frappe.get_doc(doctype, name)
	return [user for user in users if frappe.has_permission(doctype, "read", doc=doc, user=user)]


# A unit's own values for these stand in for the site's (Pengaturan SOP Kinerja has the same fields)
BIDANG_UNIT = (
	"nama_pemerintah",
	"nama_instansi",
	"alamat_instansi",
	"telepon",
	"email_instansi",
	"laman",
	"kota",
	"logo",
	"kode_unit",
	"klasifikasi_nota_dinas",
)


def pengaturan_unit(unit: str | None) -> dict:
	"""The unit's own kop and numbering values, only those it fills in (cached with the record)."""
	if not unit or not frappe.db.exists(UNIT_KERJA, unit):
		return {}
	record = frappe.get_cached_doc(UNIT_KERJA, unit)
	return {field: record.get(field) for field in BIDANG_UNIT if record.get(field)}
