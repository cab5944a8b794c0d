# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from sop_kinerja.mesin import jam_kerja, mutu_baku

HOLIDAY_LIST = "Holiday List ERPNext"
JAM_ISTIRAHAT = ("istirahat_mulai", "istirahat_selesai")


class KalenderKerjaTidakSahError(frappe.ValidationError):
	pass


class KalenderKerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.jam_kerja_harian.jam_kerja_harian import JamKerjaHarian

		holiday_list: DF.DynamicLink | None
		jam_kerja: DF.Table[JamKerjaHarian]
		jenis_daftar_libur: DF.Link | None
		menit_kerja_per_hari: DF.Int
		sepanjang_waktu: DF.Check
		sumber_hari_libur: DF.Literal["Daftar Hari Libur", "Holiday List ERPNext"]
	# end: auto-generated types

	@property
	def menit_kerja_per_hari(self) -> int:
		return jam_kerja.menit_per_hari()

	def _set_defaults(self):
		# Frappe fills every empty Time field of a new row with the current time (create_new's
		# set_dynamic_default_values); an empty rest break means none, or half of one, which is refused
		kosong = [(row, f) for row in self.jam_kerja for f in JAM_ISTIRAHAT if not row.get(f)]
		super()._set_defaults()
		for row, fieldname in kosong:
			row.set(fieldname, None)

	def _validate_links(self):
		# the Holiday List is a Dynamic Link whose DocType field is ours to fill, not the user's; Frappe
		# checks links before `validate`, so it is filled here first
		self.set_jenis_daftar_libur()
		super()._validate_links()

	def validate(self):
		self.validate_jam_kerja()
		self.validate_sumber_hari_libur()

	def validate_jam_kerja(self):
		if not self.sepanjang_waktu and not self.jam_kerja:
			frappe.throw(
				_("Enter the office hours of at least one day, or count around the clock."),
				title=_("No Office Hours"),
				exc=KalenderKerjaTidakSahError,
			)
		seen = set()
		for row in self.jam_kerja:
			if row.hari in seen:
				frappe.throw(
					_("Row {0}: {1} appears more than once.").format(row.idx, _(row.hari)),
					exc=KalenderKerjaTidakSahError,
				)
			seen.add(row.hari)
			masuk, pulang = jam_kerja.detik(row.jam_mulai), jam_kerja.detik(row.jam_selesai)
			if pulang <= masuk:
				frappe.throw(
					_("Row {0}: the office closes before it opens on {1}.").format(row.idx, _(row.hari)),
					exc=KalenderKerjaTidakSahError,
				)
			if bool(row.istirahat_mulai) != bool(row.istirahat_selesai):
				frappe.throw(
					_("Row {0}: give both the start and the end of the rest break on {1}.").format(
						row.idx, _(row.hari)
					),
					exc=KalenderKerjaTidakSahError,
				)
			if row.istirahat_mulai and not (
				masuk
				<= jam_kerja.detik(row.istirahat_mulai)
				< jam_kerja.detik(row.istirahat_selesai)
				<= pulang
			):
				frappe.throw(
					_("Row {0}: the rest break on {1} must lie within its office hours.").format(
						row.idx, _(row.hari)
					),
					exc=KalenderKerjaTidakSahError,
				)

	def set_jenis_daftar_libur(self):
		if self.sumber_hari_libur != HOLIDAY_LIST:
			self.jenis_daftar_libur = self.holiday_list = None
		elif "erpnext" in frappe.get_installed_apps():
			self.jenis_daftar_libur = "Holiday List"

	def validate_sumber_hari_libur(self):
		if self.sumber_hari_libur == HOLIDAY_LIST and "erpnext" not in frappe.get_installed_apps():
			frappe.throw(
				_("A Holiday List can be chosen only when ERPNext is installed."),
				exc=KalenderKerjaTidakSahError,
			)

	def on_update(self):
		mutu_baku.kalender_berubah()
