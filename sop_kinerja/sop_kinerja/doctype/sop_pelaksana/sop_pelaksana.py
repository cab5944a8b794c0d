# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class SOPPelaksana(Document):
	"""One actor as the SOP's sheet names it, and the Role that acts for it at every one of its steps."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		pelaksana_lembar: DF.Data
		role: DF.Link | None
	# end: auto-generated types
	pass
