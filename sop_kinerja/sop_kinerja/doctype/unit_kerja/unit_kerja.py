# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class UnitKerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aktif: DF.Check
		induk: DF.Link | None
		nama_unit: DF.Data
		singkatan: DF.Data | None
	# end: auto-generated types
	pass
