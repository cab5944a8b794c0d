# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cstr

NIP_LENGTH = 18


class Pejabat(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aktif: DF.Check
		jabatan: DF.Data
		nama: DF.Data
		nip: DF.Data
		pangkat_golongan: DF.Data | None
		unit_kerja: DF.Link | None
		user: DF.Link | None
	# end: auto-generated types

	def validate(self):
		self.validate_nip()

	def validate_nip(self):
		"""NIP of a civil servant: 18 digits (birth date, appointment, sex, serial)."""
		if not (cstr(self.nip).isdigit() and len(self.nip) == NIP_LENGTH):
			frappe.throw(
				_("NIP must be {0} digits, without spaces.").format(NIP_LENGTH),
				exc=frappe.ValidationError,
				title=_("Invalid NIP"),
			)
