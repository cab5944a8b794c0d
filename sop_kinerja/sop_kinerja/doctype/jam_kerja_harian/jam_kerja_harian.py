# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class JamKerjaHarian(Document):
	# begin: auto-generated types
	# end: auto-generated types
	pass
