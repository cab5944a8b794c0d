# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""Monitoring Pelaksanaan SOP AP (Tabel 7 of Permenpan-RB 35/2012): one per unit and semester, made
when the semester is over and pre-filled from the step log (mesin/monitoring.py)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from sop_kinerja.mesin import monitoring


class MonitoringSOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.monitoring_sop_prosedur.monitoring_sop_prosedur import (
			MonitoringSOPProsedur,
		)

		judul: DF.Data | None
		nama_penilai: DF.Data | None
		penilai: DF.Link | None
		prosedur: DF.Table[MonitoringSOPProsedur]
		semester: DF.Literal["I", "II"]
		tahun: DF.Int
		tanggal_penilaian: DF.Date | None
		unit_kerja: DF.Link | None
	# end: auto-generated types

	def validate(self):
		self.cek_semester()
		other = frappe.db.exists(
			self.doctype,
			{
				"tahun": self.tahun,
				"semester": self.semester,
				"unit_kerja": self.unit_kerja or ("is", "not set"),
				"name": ("!=", self.name),
			},
		)
		if other:
			frappe.throw(
				_("{0} already monitors this unit's semester.").format(frappe.bold(other)),
				frappe.DuplicateEntryError,
			)
		self.isi_penilai()
		self.judul = (
			_("Monitoring SOP {0} {1} Semester {2}")
			.format(self.unit_kerja or "", self.tahun, self.semester)
			.replace("  ", " ")
		)

	def isi_penilai(self):
		"""Whoever first marks, notes or acts on a row is the assessor, on that day, unless one is named."""
		dinilai = any(row.catatan or row.tindakan or row.penilaian != row.usulan for row in self.prosedur)
		if dinilai and not self.is_new() and not self.penilai:
			self.penilai = frappe.session.user
			self.nama_penilai = frappe.utils.get_fullname(self.penilai)
		if self.penilai and not self.tanggal_penilaian:
			self.tanggal_penilaian = today()

	def cek_semester(self):
		_mulai, selesai = monitoring.periode(self.tahun, self.semester)
		if selesai > getdate(today()):
			frappe.throw(
				_("Semester {0} {1} is not over yet: it is monitored from {2} on.").format(
					self.semester, self.tahun, frappe.format(selesai, "Date")
				),
				title=_("Semester Not Over"),
			)

	def before_insert(self):
		self.cek_semester()
		if not self.prosedur:
			self.isi()

	def isi(self):
		"""A row per SOP in force, with what the step log says of the semester."""
		mulai, selesai = monitoring.periode(self.tahun, self.semester)
		for sop in monitoring.sop_berlaku(self.unit_kerja):
			angka = monitoring.angka_sop(sop, self.unit_kerja, mulai, selesai)
			self.append(
				"prosedur",
				{
					"sop": sop,
					"prosedur": frappe.db.get_value("SOP", sop, "nama_sop"),
					"usulan": angka.usulan,
					"penilaian": angka.usulan,
					"dokumen_mulai": angka.dokumen_mulai,
					"dokumen_selesai": angka.dokumen_selesai,
					"lewat_mutu_baku": angka.lewat_persen,
					"dikembalikan": angka.dikembalikan,
					"oleh_plt": angka.oleh_plt,
					"tanpa_dokumen": 0 if angka.kali else 1,
					"rincian": monitoring.rincian(angka),
				},
			)
		if not any(not row.tanpa_dokumen for row in self.prosedur):
			frappe.throw(
				_(
					"No document went through an SOP in force in semester {0} {1}: there is nothing to monitor."
				).format(self.semester, self.tahun),
				title=_("Nothing to Monitor"),
			)
