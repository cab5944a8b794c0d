# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class KoreksiDataKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alasan: DF.SmallText | None
		indikator_kinerja: DF.SmallText
		nilai_perbaikan: DF.Data
		nilai_semula: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		satuan: DF.Data | None
		sumber_data: DF.Data | None
	# end: auto-generated types
	pass
