"""Upgrade to verifiable Nota Dinas: every document signed before it (submitted, or submitted and
later cancelled) gets its verification record, as a signature today would make it.

- signed at, and by whom: the step log's line of the move into the signed state, else the document's last
  change (a document signed before the step log existed);
- an archived document: the SHA-256 of the PDF already archived. That PDF was made before the
  upgrade and has no QR code; the page still shows its hash, and new prints carry the QR code.
Documents that already have a record are left alone.
"""

import frappe

from sop_kinerja.naskah import kosakata, verifikasi


def execute():
	for name in frappe.get_all(
		kosakata.DOCTYPE, {"docstatus": ("in", (1, 2))}, pluck="name", order_by="creation"
	):
		if frappe.db.exists(
			verifikasi.DOCTYPE, {"reference_doctype": kosakata.DOCTYPE, "reference_name": name}
		):
			continue
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		signing = frappe.db.get_value(
			"Log Langkah SOP",
			{
				"reference_doctype": kosakata.DOCTYPE,
				"reference_name": name,
				"next_state": kosakata.DITANDATANGANI,
			},
			["keluar", "user"],
			as_dict=True,
			order_by="keluar desc",
		) or frappe._dict(keluar=doc.modified, user=None)
		verifikasi.catat_tanda_tangan(doc, signing.keluar, signing.user)
		if doc.docstatus == 2:
			frappe.db.set_value(verifikasi.DOCTYPE, {"reference_name": name}, "dibatalkan_pada", doc.modified)
		berkas = frappe.db.get_value("Arsip", doc.arsip, "berkas") if doc.arsip else None
		file = berkas and frappe.db.get_value(
			"File",
			{"file_url": berkas, "attached_to_doctype": "Arsip", "attached_to_name": doc.arsip},
			["name", "creation"],
			as_dict=True,
		)
		if file:
			pdf = frappe.get_doc("File", file.name).get_content()
			verifikasi.catat_pdf_arsip(doc, doc.arsip, pdf, dibuat_pada=file.creation)
