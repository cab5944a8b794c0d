# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today


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
		uraian: DF.SmallText
	# end: auto-generated types

	def attach_nota_dinas(self, doc: Document):
		"""Attach the signed Nota Dinas as a private PDF and point `berkas` at it."""
		from sop_kinerja.pdf import get_nota_dinas_pdf

		file = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": "{}.pdf".format(doc.name.replace("/", "-")),
				"attached_to_doctype": self.doctype,
				"attached_to_name": self.name,
				"attached_to_field": "berkas",
				"is_private": 1,
				"content": get_nota_dinas_pdf(doc),
			}
		).insert(ignore_permissions=True)
		self.db_set("berkas", file.file_url)


def create_arsip_for(doc: Document) -> str:
	"""SOP step 10: the archive record of a signed document, with its Nota Dinas as a PDF."""
	settings = frappe.get_cached_doc("Pengaturan SOP Kinerja")
	arsip = frappe.get_doc(
		{
			"doctype": "Arsip",
			"kode_klasifikasi": settings.kode_klasifikasi,
			"uraian": _("Perbaikan Data Kinerja {0}: {1}").format(doc.name, doc.hal),
			"tanggal": today(),
			"reference_doctype": doc.doctype,
			"reference_name": doc.name,
			"lokasi_simpan": settings.lokasi_simpan,
			"retensi_aktif": settings.retensi_aktif,
			"retensi_inaktif": settings.retensi_inaktif,
			"keterangan_retensi": settings.keterangan_retensi,
			"arsiparis": frappe.session.user,
		}
	).insert(ignore_permissions=True)
	arsip.attach_nota_dinas(doc)
	return arsip.name
