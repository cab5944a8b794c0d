# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import re

import frappe
from frappe import _
from frappe.utils import getdate

from sop_kinerja.mesin.exceptions import PlainTextRequiredError
from sop_kinerja.mesin.jalur_simpan import KunciInduk
from sop_kinerja.naskah import kosakata, penomoran, verifikasi
from sop_kinerja.sop_kinerja.doctype.arsip.arsip import create_arsip_for
from sop_kinerja.sop_kinerja.doctype.klasifikasi_arsip.klasifikasi_arsip import KodeKlasifikasiTidakSahError

PLAIN_TEXT = ("Data", "Small Text", "Text", "Long Text")
MARKUP = re.compile(r"<\s*[a-zA-Z!/][^>]*>")
SCRIPT = re.compile(r"<\s*(script|iframe|object|embed)\b|\bon[a-z]+\s*=|javascript:", re.IGNORECASE)


class PerbaikanDataKinerja(KunciInduk):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.koreksi_data_kinerja.koreksi_data_kinerja import (
			KoreksiDataKinerja,
		)
		from sop_kinerja.sop_kinerja.doctype.perbaikan_data_kinerja_unit.perbaikan_data_kinerja_unit import (
			PerbaikanDataKinerjaUnit,
		)

		amended_from: DF.Link | None
		arsip: DF.Link | None
		catatan_perbaikan: DF.SmallText | None
		dari: DF.Data | None
		disposisi_kepada: DF.Data | None
		hal: DF.Data
		isi: DF.TextEditor | None
		isi_disposisi: DF.SmallText | None
		kepada: DF.SmallText | None
		klasifikasi: DF.Link | None
		koreksi: DF.Table[KoreksiDataKinerja]
		lampiran: DF.Data | None
		langkah_sop: DF.Int
		masuk_langkah: DF.Datetime | None
		naming_series: DF.Literal["ND/.YYYY./.#####"]
		nomor_agenda: DF.Data | None
		penandatangan: DF.Link | None
		penandatangan_jabatan: DF.Data | None
		penandatangan_nama: DF.Data | None
		penandatangan_nip: DF.Data | None
		penandatangan_pangkat: DF.Data | None
		periode: DF.Literal[
			"Tahunan", "Semester I", "Semester II", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"
		]
		sifat: DF.Literal["Biasa", "Segera", "Sangat Segera", "Rahasia"]
		surat_dari: DF.Data | None
		surat_nomor: DF.Data | None
		surat_perihal: DF.SmallText | None
		surat_tanggal: DF.Date | None
		tahun: DF.Int
		tanggal: DF.Date
		tanggal_disposisi: DF.Date | None
		tanggal_diterima: DF.Date | None
		tembusan: DF.SmallText | None
		unit_kerja: DF.TableMultiSelect[PerbaikanDataKinerjaUnit]
		unit_pengolah: DF.Link | None
		versi_sop: DF.Link | None
		workflow_state: DF.Link | None
	# end: auto-generated types

	"""The Nota Dinas, the corrections and the archive of one run of the SOP.

	What every governed document goes through at its steps (who may change it, which moves are
	allowed, the Output each step hands on, the send-back note, the step log) is aturan_langkah.py's, run
	from hooks for this DocType as for those Jalankan SOP makes. What is left here is this form's own.
	"""

	def autoname(self):
		# the Nota Dinas number by the office's pattern (penomoran.py); without one, the naming series
		self.name = penomoran.nomor_nota_dinas(self)

	def before_insert(self):
		if not self.unit_pengolah:
			self.unit_pengolah = frappe.db.get_value("Pejabat", {"user": frappe.session.user}, "unit_kerja")
		if not self.klasifikasi:  # the unit's, else the site's
			self.klasifikasi = penomoran.pola_nomor(self).klasifikasi

	def before_validate(self):
		if not self.tahun and self.tanggal:
			self.tahun = getdate(self.tanggal).year

	def validate(self):
		self.validate_klasifikasi()
		self.validate_plain_text()

	def on_submit(self):
		# step 8, the signature: the record behind the print's verification QR code
		verifikasi.catat_saat_ditandatangani(self)

	def on_cancel(self):
		verifikasi.catat_pembatalan(self)

	def on_trash(self):
		verifikasi.hapus_catatan(self)

	def on_change(self):
		self.arsipkan_bila_diarsipkan()

	def arsipkan_bila_diarsipkan(self):
		"""Step 10: the document entering Diarsipkan gets its Arsip record, in the move's transaction (a
		failed move rolls it back). Made last in the move (on_change runs after every other hook): its
		number takes the site's one Series row, locked until the commit, so concurrent moves into the
		archive wait on each other only for this record and the commit."""
		if self.workflow_state == kosakata.DIARSIPKAN and self.docstatus == 1 and not self.arsip:
			self.arsip = create_arsip_for(self)
			frappe.db.set_value(self.doctype, self.name, "arsip", self.arsip, update_modified=False)

	def validate_klasifikasi(self):
		"""A new Nota Dinas takes a classification code still in use (Klasifikasi Arsip's Aktif); the code
		is fixed once saved (set only once), as its number may carry it."""
		if (
			self.is_new()
			and self.klasifikasi
			and not frappe.db.get_value("Klasifikasi Arsip", self.klasifikasi, "aktif")
		):
			frappe.throw(
				_("{0} is no longer in use: choose another Kode Klasifikasi.").format(
					frappe.bold(self.klasifikasi)
				),
				exc=KodeKlasifikasiTidakSahError,
			)

	def validate_plain_text(self):
		"""Markup is refused with a clear message, not silently escaped or stripped by the sanitizer:
		plain-text fields take no HTML tags, and the Nota Dinas body keeps its formatting but no script."""
		for doc in (self, *self.koreksi):
			for df in doc.meta.fields:
				value = doc.get(df.fieldname)
				if not value or not isinstance(value, str):
					continue
				if df.fieldtype in PLAIN_TEXT and MARKUP.search(value):
					message = _("{0} must be plain text, without HTML tags.")
				elif df.fieldtype == "Text Editor" and SCRIPT.search(value):
					message = _("{0} contains a script or an event handler. Remove it and save again.")
				else:
					continue
				frappe.throw(
					message.format(frappe.bold(_(df.label))),
					exc=PlainTextRequiredError,
					title=_("Invalid Text"),
				)
