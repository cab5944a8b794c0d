# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class VerifikasiNaskah(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		arsip: DF.Link | None
		dibatalkan_pada: DF.Datetime | None
		diarsipkan_pada: DF.Datetime | None
		ditandatangani_oleh: DF.Link | None
		ditandatangani_pada: DF.Datetime | None
		hal: DF.Data | None
		kode: DF.Data | None
		nomor: DF.Data | None
		penandatangan: DF.Link | None
		penandatangan_jabatan: DF.Data | None
		penandatangan_nama: DF.Data | None
		reference_doctype: DF.Link
		reference_name: DF.DynamicLink
		sha256: DF.Data | None
		tanggal: DF.Date | None
		token: DF.Data | None
	# end: auto-generated types

	"""What anyone may learn about a signed Nota Dinas: written by the app (sop_kinerja/verifikasi.py)
	when the document is signed, archived or cancelled, read by the public page /verifikasi."""
