# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document
from frappe.utils import getdate

from sop_kinerja.mesin import mutu_baku


class HariLibur(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		jenis: DF.Literal["Libur Nasional", "Cuti Bersama", "Lainnya"]
		keterangan: DF.Data
		tanggal: DF.Date
	# end: auto-generated types

	def autoname(self):
		# the date is the name (one line per day), however the value came: the form, REST or a CSV import
		self.name = getdate(self.tanggal).isoformat()

	def on_update(self):
		mutu_baku.kalender_berubah()

	def after_delete(self):
		mutu_baku.kalender_berubah()
