"""/sop: the SOPs in force that the office publishes, each with its SOP AP sheet as PDF, as pemda publish
them on their PPID pages. Public by design: a guest sees the list and those PDFs, nothing else (no
draft, no SOP that does not run, no document; the rest of the site keeps its own permissions).

An SOP is listed while it runs (*Aktif*) and is marked *Publikasikan di /sop*. Its PDF is made from the
SOP AP print format once per version of the record and kept in the cache.
"""

import frappe
from frappe import _

no_cache = 1
sitemap = 1
PRINT_FORMAT = "SOP AP"
FIELDS = ("name", "nama_sop", "nomor_sop", "unit", "unit_kerja", "tanggal_efektif", "modified")


def sop_publik() -> list[frappe._dict]:
	return frappe.get_all(
		"SOP", filters={"aktif": 1, "publik": 1}, fields=list(FIELDS), order_by="unit_kerja asc, nama_sop asc"
	)


def get_context(context):
	context.title = _("Standard Operating Procedures")
	context.no_breadcrumbs = 1
	per_unit = {}
	for sop in sop_publik():
		per_unit.setdefault(sop.unit_kerja or sop.unit or "", []).append(sop)
	context.per_unit = per_unit


@frappe.whitelist(allow_guest=True)
def unduh(name: str):
	"""The SOP AP sheet of a published SOP in force, as PDF; anything else is not found."""
	sop = next((row for row in sop_publik() if row.name == name), None)
	if not sop:
		raise frappe.DoesNotExistError(_("No published SOP is named {0}.").format(name))
	key = f"sop_kinerja:sop_publik:{sop.name}:{sop.modified}"
	pdf = frappe.cache.get_value(key)
	if pdf is None:
		# printed as the site prints it for its staff: this SOP is published, and its sheet is all a
		# guest gets of it
		user = frappe.session.user
		frappe.set_user("Administrator")
		try:
			pdf = frappe.get_print("SOP", sop.name, print_format=PRINT_FORMAT, as_pdf=True)
		finally:
			frappe.set_user(user)
		frappe.cache.set_value(key, pdf, expires_in_sec=7 * 24 * 3600)
	frappe.local.response.filename = f"{sop.nama_sop}.pdf"
	frappe.local.response.filecontent = pdf
	frappe.local.response.type = "pdf"
