# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class PengaturanSOPKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alamat_instansi: DF.SmallText | None
		email_instansi: DF.Data | None
		keterangan_retensi: DF.Literal["Permanen", "Musnah", "Dinilai Kembali"]
		kode_klasifikasi: DF.Data | None
		kota: DF.Data | None
		laman: DF.Data | None
		logo: DF.AttachImage | None
		lokasi_simpan: DF.Data | None
		nama_instansi: DF.Data | None
		nama_pemerintah: DF.Data | None
		retensi_aktif: DF.Int
		retensi_inaktif: DF.Int
		telepon: DF.Data | None
	# end: auto-generated types
	pass
