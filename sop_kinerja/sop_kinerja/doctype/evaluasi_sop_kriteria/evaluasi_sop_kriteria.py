# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class EvaluasiSOPKriteria(Document):
	"""One criterion of Tabel 8, answered Ya or Tidak, with a note."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		catatan: DF.SmallText | None
		jawaban: DF.Literal["", "Ya", "Tidak"]
		kriteria: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
	# end: auto-generated types
	pass
