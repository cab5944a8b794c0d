# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class MonitoringSOPProsedur(Document):
	"""One row of Tabel 7: an SOP in force, the assessor's mark, notes and action, and the evidence."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		catatan: DF.SmallText | None
		dikembalikan: DF.Int
		dokumen_mulai: DF.Int
		dokumen_selesai: DF.Int
		lewat_mutu_baku: DF.Percent
		oleh_plt: DF.Int
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		penilaian: DF.Literal["", "Berjalan dengan baik", "Tidak berjalan dengan baik"]
		prosedur: DF.Data | None
		rincian: DF.SmallText | None
		sop: DF.Link | None
		tanpa_dokumen: DF.Check
		tindakan: DF.SmallText | None
		usulan: DF.Data | None
	# end: auto-generated types
	pass
