"""/verifikasi: anyone holding a printed Nota Dinas checks that it is genuine, by its QR code
(/verifikasi?kode=<token>) or by typing its short code into the form.

The page shows only what sop_kinerja.naskah.verifikasi.PUBLIK names. An unknown code and a code of a
document that is not signed get the same answer (404); past the lookup limit per IP address, 429.
A logged-in user who may read the document also gets a link to it.
"""

import frappe
from frappe import _
from frappe.utils import get_datetime, get_system_timezone
from frappe.utils.data import quoted, slug

from sop_kinerja.naskah import verifikasi
from sop_kinerja.naskah.cetak import tanggal_indonesia

no_cache = 1  # every answer is its own: never from the page cache
sitemap = 0


def get_context(context):
	context.title = _("Document Verification")
	context.no_breadcrumbs = 1
	context.metatags = {"robots": "noindex, nofollow"}
	context.status = None

	kode = frappe.form_dict.get("kode")
	if not kode or not isinstance(kode, str):
		return
	try:
		naskah = verifikasi.periksa(kode)
	except frappe.RateLimitExceededError:
		frappe.clear_messages()
		context.status, context.http_status_code = "terlalu_sering", 429
		return
	if not naskah:
		context.status, context.http_status_code = "tidak_ditemukan", 404
		return

	context.status = "ditemukan"
	context.sop = naskah.reference_doctype == "SOP"
	context.rincian = rincian_sop(naskah) if context.sop else rincian(naskah)
	context.sha256 = naskah.sha256
	context.dibatalkan_pada = waktu(naskah.dibatalkan_pada) if naskah.dibatalkan_pada else None
	if frappe.session.user != "Guest" and frappe.has_permission(
		naskah.reference_doctype, "read", naskah.reference_name
	):
		context.tautan = f"/app/{quoted(slug(naskah.reference_doctype))}/{quoted(naskah.reference_name)}"


def rincian(naskah) -> list[tuple[str, str]]:
	"""The rows the page shows, labelled and formatted."""
	return [
		(_("Nota Dinas Number"), naskah.nomor),
		(_("Nota Dinas Date"), tanggal_indonesia(naskah.tanggal)),
		(_("Nota Dinas Subject"), naskah.hal),
		(_("Signer's Position"), naskah.penandatangan_jabatan),
		(_("Signer's Name"), naskah.penandatangan_nama),
		(_("Signed At"), waktu(naskah.ditandatangani_pada)),
	]


def rincian_sop(naskah) -> list[tuple[str, str]]:
	"""The rows of a ratified SOP version."""
	return [
		(_("SOP Number"), naskah.nomor),
		(_("SOP Name"), naskah.hal),
		(_("Ratified On"), tanggal_indonesia(naskah.tanggal)),
		(_("Signer's Position"), naskah.penandatangan_jabatan),
		(_("Signer's Name"), naskah.penandatangan_nama),
		(_("Signed At"), waktu(naskah.ditandatangani_pada)),
	]


def waktu(value) -> str:
	value = get_datetime(value)
	return _("{0} at {1} ({2})").format(tanggal_indonesia(value), f"{value:%H.%M}", get_system_timezone())
