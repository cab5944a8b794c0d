# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

from frappe.model.document import Document
from frappe.utils import cint

from sop_kinerja.naskah import penomoran


class PengaturanSOPKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alamat_instansi: DF.SmallText | None
		email_instansi: DF.Data | None
		keterangan_retensi: DF.Literal["Permanen", "Musnah", "Dinilai Kembali"]
		klasifikasi_nota_dinas: DF.Link | None
		kode_klasifikasi: DF.Data | None
		kode_unit: DF.Data | None
		kota: DF.Data | None
		laman: DF.Data | None
		lebar_nomor: DF.Int
		logo: DF.AttachImage | None
		lokasi_simpan: DF.Data | None
		nama_instansi: DF.Data | None
		nama_pemerintah: DF.Data | None
		peran_penilai_sop: DF.Link | None
		pola_nomor: DF.Data | None
		retensi_aktif: DF.Int
		retensi_inaktif: DF.Int
		telepon: DF.Data | None
	# end: auto-generated types

	def validate(self):
		self.pola_nomor = (self.pola_nomor or "").strip()
		self.kode_unit = (self.kode_unit or "").strip()
		penomoran.validate_pola(self.pola_nomor, cint(self.lebar_nomor) or 4, self.kode_unit)

	def on_update(self):
		penomoran.ensure_series_counters()
