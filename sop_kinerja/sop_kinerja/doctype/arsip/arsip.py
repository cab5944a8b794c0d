# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_fullname, today

from sop_kinerja.mesin import jalur_simpan, unit


class Arsip(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		arsiparis: DF.Link | None
		berkas: DF.Attach | None
		keterangan_retensi: DF.Literal["Permanen", "Musnah", "Dinilai Kembali"]
		kode_klasifikasi: DF.Data | None
		lokasi_simpan: DF.Data | None
		nama_arsiparis: DF.Data | None
		naming_series: DF.Literal["ARS/.YYYY./.#####"]
		reference_doctype: DF.Link | None
		reference_name: DF.DynamicLink | None
		retensi_aktif: DF.Int
		retensi_inaktif: DF.Int
		tanggal: DF.Date
		tingkat_perkembangan: DF.Literal["Asli", "Salinan", "Tembusan"]
		unit_kerja: DF.Link | None
		uraian: DF.SmallText
	# end: auto-generated types

	def attach_nota_dinas(self, doc: Document):
		"""Attach the signed Nota Dinas as a private PDF and point `berkas` at it."""
		from sop_kinerja.naskah.pdf import get_nota_dinas_pdf
		from sop_kinerja.naskah.verifikasi import catat_pdf_arsip

		pdf = get_nota_dinas_pdf(doc)
		file = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": "{}.pdf".format(doc.name.replace("/", "-")),
				"attached_to_doctype": self.doctype,
				"attached_to_name": self.name,
				"attached_to_field": "berkas",
				"is_private": 1,
				"content": pdf,
			}
		).insert(ignore_permissions=True)
		self.db_set("berkas", file.file_url)
		catat_pdf_arsip(doc, self.name, pdf)  # the public verification page shows its SHA-256


def create_arsip_for(doc: Document) -> str:
	"""SOP step 10: the archive record of a signed document. Its Nota Dinas PDF is made by a background
	job once the move is committed (rendering takes a wkhtmltopdf run, too long to hold the Arsiparis
	and the document's row lock for)."""
	settings = frappe.get_cached_doc("Pengaturan SOP Kinerja")
	user = frappe.session.user
	arsip = frappe.new_doc("Arsip")  # with the DocType's defaults (Tingkat Perkembangan, the series)
	arsip.update(
		{
			# the Nota Dinas's own classification, as its number shows it
			"kode_klasifikasi": doc.get("klasifikasi") or settings.kode_klasifikasi,
			"uraian": _("Perbaikan Data Kinerja {0}: {1}").format(doc.name, doc.hal),
			"tanggal": today(),
			"reference_doctype": doc.doctype,
			"reference_name": doc.name,
			"unit_kerja": unit.unit_dokumen(doc),  # the archive is the document's unit's
			"lokasi_simpan": settings.lokasi_simpan,
			"retensi_aktif": settings.retensi_aktif,
			"retensi_inaktif": settings.retensi_inaktif,
			"keterangan_retensi": settings.keterangan_retensi,
			"arsiparis": user,
			"nama_arsiparis": get_fullname(user),
		}
	)
	# One INSERT, as the verification record and the step log's lines: every value comes from the signed
	# document, the settings or the signed-in user, so the record is not run through a Document's checks
	# and hooks. Its number holds the Series row until the commit: the less after it, the shorter the
	# wait of the next archiving.
	jalur_simpan.sisipkan(arsip)
	frappe.enqueue(
		lampirkan_nota_dinas,
		arsip=arsip.name,
		job_id=f"sop_kinerja:berkas:{arsip.name}",
		deduplicate=True,
		enqueue_after_commit=True,
		now=frappe.flags.in_test,
	)
	return arsip.name


def lampirkan_nota_dinas(arsip: str):
	"""Background job: attach the archived document's Nota Dinas PDF, unless it is attached already."""
	arsip = frappe.get_doc("Arsip", arsip)
	if not arsip.berkas:
		arsip.attach_nota_dinas(frappe.get_doc(arsip.reference_doctype, arsip.reference_name))


@frappe.whitelist(methods=["POST"])
def buat_berkas(name: str) -> str:
	"""The desk's button for an archive whose PDF is missing (a failed or lost background job)."""
	arsip = frappe.get_doc("Arsip", name)
	arsip.check_permission("write")
	lampirkan_nota_dinas(arsip.name)
	return frappe.db.get_value("Arsip", arsip.name, "berkas")
