# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, now_datetime, nowdate

from sop_kinerja.mesin import pelimpahan
from sop_kinerja.mesin.workflow import ROLE_TERLARANG
from sop_kinerja.naskah import kosakata


class PelimpahanTidakSahError(frappe.ValidationError):
	pass


class PelimpahanWewenang(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		amended_from: DF.Link | None
		berkas_surat_perintah: DF.Attach
		dari_tanggal: DF.Date
		disetujui_oleh: DF.Link | None
		disetujui_pada: DF.Datetime | None
		jenis: DF.Literal["Plh.", "Plt."]
		nomor_surat_perintah: DF.Data
		pejabat: DF.Link
		pejabat_jabatan: DF.Data | None
		pejabat_nama: DF.Data | None
		pejabat_user: DF.Link | None
		pelaksana: DF.Link
		pelaksana_nama: DF.Data | None
		pelaksana_user: DF.Link | None
		peran: DF.Link
		peran_diberikan: DF.Check
		sampai_tanggal: DF.Date
		status: DF.Literal["Draft", "Belum Berlaku", "Berlaku", "Berakhir", "Dicabut"]
		tanggal_surat_perintah: DF.Date | None
		unit_kerja: DF.Link | None
	# end: auto-generated types

	def validate(self):
		self.status = self.status if self.docstatus else "Draft"
		self.validate_periode()
		self.validate_role()
		self.validate_pelaksana()
		self.validate_tumpang_tindih()

	def validate_periode(self):
		if getdate(self.sampai_tanggal) < getdate(self.dari_tanggal):
			frappe.throw(
				_("The delegation must end on or after the day it begins."), exc=PelimpahanTidakSahError
			)

	def validate_role(self):
		if self.peran in ROLE_TERLARANG:
			frappe.throw(
				_("The role {0} cannot be delegated.").format(frappe.bold(self.peran)),
				exc=PelimpahanTidakSahError,
			)
		if self.pejabat_user and self.peran not in frappe.get_roles(self.pejabat_user):
			frappe.throw(
				_("{0} does not hold the role {1}: only a role the official holds can be delegated.").format(
					frappe.bold(self.pejabat_nama), frappe.bold(_(self.peran))
				),
				exc=PelimpahanTidakSahError,
			)

	def validate_pelaksana(self):
		if self.pelaksana == self.pejabat:
			frappe.throw(_("An official cannot act for themselves."), exc=PelimpahanTidakSahError)
		if not self.pelaksana_user:
			frappe.throw(
				_("{0} has no user: link the Pejabat record to the user who will act.").format(
					frappe.bold(self.pelaksana_nama or self.pelaksana)
				),
				exc=PelimpahanTidakSahError,
			)
		# an acting official acts in the official's own unit: both belong to it
		self.unit_kerja = frappe.db.get_value("Pejabat", self.pejabat, "unit_kerja")
		unit_pelaksana = frappe.db.get_value("Pejabat", self.pelaksana, "unit_kerja")
		if self.unit_kerja and unit_pelaksana != self.unit_kerja:
			frappe.throw(
				_(
					"{0} belongs to {1}, not to {2}: an acting official is chosen from the official's own unit."
				).format(
					frappe.bold(self.pelaksana_nama or self.pelaksana),
					frappe.bold(unit_pelaksana or _("no unit")),
					frappe.bold(self.unit_kerja),
				),
				exc=PelimpahanTidakSahError,
				title=_("Delegation Across Units"),
			)

	def validate_tumpang_tindih(self):
		"""One acting official at a time for an official's role."""
		other = frappe.db.get_value(
			self.doctype,
			{
				"name": ("!=", self.name),
				"docstatus": 1,
				"pejabat": self.pejabat,
				"peran": self.peran,
				"status": ("in", ["Belum Berlaku", "Berlaku"]),
				"dari_tanggal": ("<=", self.sampai_tanggal),
				"sampai_tanggal": (">=", self.dari_tanggal),
			},
			["name", "pelaksana_nama"],
			as_dict=True,
		)
		if other:
			frappe.throw(
				_("{0} already delegates this role in the same period, to {1}.").format(
					frappe.bold(other.name), frappe.bold(other.pelaksana_nama)
				),
				exc=PelimpahanTidakSahError,
			)

	def before_submit(self):
		"""The approval: a System Manager's, or the Kepala Satuan's for a role other than their own."""
		roles = frappe.get_roles()
		if "System Manager" not in roles and (
			kosakata.KEPALA_SATUAN not in roles or self.peran == kosakata.KEPALA_SATUAN
		):
			frappe.throw(
				_("Only a System Manager approves this delegation."),
				exc=frappe.PermissionError,
				title=_("Not Permitted"),
			)
		if getdate(self.sampai_tanggal) < getdate(nowdate()):
			frappe.throw(_("The delegation's period is already over."), exc=PelimpahanTidakSahError)
		self.disetujui_oleh = frappe.session.user
		self.disetujui_pada = now_datetime()
		self.status = "Belum Berlaku"

	def on_submit(self):
		if pelimpahan.berlaku(self):
			self.terapkan()

	def on_cancel(self):
		self.akhiri("Dicabut")

	def on_change(self):
		pelimpahan.clear_cache()

	def terapkan(self):
		"""The period has begun: the acting user carries the role (given now if they did not hold it)."""
		user = frappe.get_doc("User", self.pelaksana_user)
		diberikan = self.peran not in [row.role for row in user.roles]
		if diberikan:
			user.flags.ignore_permissions = True
			user.add_roles(self.peran)
		self.db_set({"status": "Berlaku", "peran_diberikan": diberikan})
		pelimpahan.clear_cache()

	def akhiri(self, status: str):
		"""Over, or revoked: the role goes back, unless another delegation in force still needs it (which
		then takes it back when it ends)."""
		if self.peran_diberikan and self.status == "Berlaku":
			if other := self.lain_yang_berlaku():
				frappe.db.set_value(self.doctype, other, "peran_diberikan", 1)
			else:
				user = frappe.get_doc("User", self.pelaksana_user)
				user.flags.ignore_permissions = True
				user.remove_roles(self.peran)
		self.db_set("status", status)
		pelimpahan.clear_cache()

	def lain_yang_berlaku(self) -> str | None:
		return frappe.db.get_value(
			self.doctype,
			{
				"name": ("!=", self.name),
				"docstatus": 1,
				"pelaksana_user": self.pelaksana_user,
				"peran": self.peran,
				"status": "Berlaku",
			},
		)
