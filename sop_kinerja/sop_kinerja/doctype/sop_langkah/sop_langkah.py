# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class SOPLangkah(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aksi: DF.Data | None
		aksi_tidak_setuju: DF.Data | None
		bentuk_output: DF.Literal["Isian", "Lampiran"]
		bidang_ragu: DF.Data | None
		doc_status: DF.Literal["0", "1"]
		field_output: DF.Data | None
		halaman_sumber: DF.Int
		kegiatan: DF.SmallText
		kelengkapan: DF.Data | None
		keputusan: DF.Check
		keterangan: DF.SmallText | None
		no: DF.Int
		output: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		pelaksana: DF.Link | None
		pelaksana_lembar: DF.Data | None
		setuju_ke: DF.Int
		sidik_impor: DF.Data | None
		tanda_impor: DF.SmallText | None
		tidak_setuju_ke: DF.Int
		waktu: DF.Int
		workflow_state: DF.Data | None
	# end: auto-generated types
	pass
