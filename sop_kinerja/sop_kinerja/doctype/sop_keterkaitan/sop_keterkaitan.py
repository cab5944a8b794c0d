# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class SOPKeterkaitan(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		nama_sop: DF.Data
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		sop: DF.Link | None
	# end: auto-generated types
	pass
