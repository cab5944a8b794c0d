# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import re

import frappe
from frappe import _
from frappe.model.document import Document

# three digits, then groups of digits after dots: 000, 000.1, 000.1.5, 800.1.11.1
KODE = re.compile(r"^\d{3}(\.\d+)*$")


class KodeKlasifikasiTidakSahError(frappe.ValidationError):
	pass


class KlasifikasiArsip(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aktif: DF.Check
		kode: DF.Data
		uraian: DF.Data
	# end: auto-generated types

	def validate(self):
		self.kode = (self.kode or "").strip()
		if not KODE.match(self.kode):
			frappe.throw(
				_(
					"{0} is not a classification code: three digits, then numbers after dots, as in 000.1.5."
				).format(frappe.bold(self.kode)),
				exc=KodeKlasifikasiTidakSahError,
			)
