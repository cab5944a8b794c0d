# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""A unit of the office (a bidang, a sekretariat, a perangkat daerah): people are scoped to it with a
User Permission, and it may have its own kop surat, Nota Dinas numbering and working hours."""

import io

import frappe
from frappe import _
from frappe.model.document import Document
from PIL import Image, UnidentifiedImageError

from sop_kinerja.mesin import jam_kerja
from sop_kinerja.naskah.penomoran import NOT_IN_NAME


class UnitKerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.jam_kerja_harian.jam_kerja_harian import JamKerjaHarian

		aktif: DF.Check
		alamat_instansi: DF.SmallText | None
		email_instansi: DF.Data | None
		induk: DF.Link | None
		jam_kerja: DF.Table[JamKerjaHarian]
		klasifikasi_nota_dinas: DF.Link | None
		kode_unit: DF.Data | None
		kota: DF.Data | None
		laman: DF.Data | None
		logo: DF.AttachImage | None
		nama_instansi: DF.Data | None
		nama_pemerintah: DF.Data | None
		nama_unit: DF.Data
		sepanjang_waktu: DF.Check
		singkatan: DF.Data | None
		telepon: DF.Data | None
	# end: auto-generated types

	def validate(self):
		self.validate_logo()
		if self.kode_unit and NOT_IN_NAME.search(self.kode_unit):
			frappe.throw(
				_("A number cannot contain any of {0}.").format("< > % { } ? # [ ] ' \""),
				title=_("Invalid Kode Unit"),
			)

	def validate_logo(self):
		"""The kop's logo is a picture the PDF can show: a file that is not one is refused."""
		if not self.logo:
			return
		berkas = frappe.db.get_value("File", {"file_url": self.logo}, "name")
		if not berkas:
			return  # an address outside the site: the browser and the PDF fetch it as they can
		isi = frappe.get_doc("File", berkas).get_content()  # a file Frappe could decode comes back as text
		try:
			with Image.open(io.BytesIO(isi.encode() if isinstance(isi, str) else isi)) as image:
				image.verify()
		except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
			frappe.throw(
				_("The logo {0} is not an image: attach a PNG or JPEG file.").format(
					frappe.bold(self.logo.rsplit("/", 1)[-1])
				),
				title=_("Invalid Logo"),
			)

	def on_update(self):
		jam_kerja.clear_cache()  # the unit's working hours may have changed
