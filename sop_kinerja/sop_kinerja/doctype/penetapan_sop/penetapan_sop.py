# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""Penetapan SOP: the ratification of one SOP version, run by the app's own SOP record "Penetapan SOP"
(data/sop_penetapan_sop.json, put to work by Jalankan SOP at install) like any other SOP: the drafter
submits, the organisation and tata laksana officer reviews and may send it back with a note, the head
ratifies. The version follows the document: Diajukan once it leaves the first step, Rancangan again
when sent back there, Disahkan when the document reaches the SOP's final state, signed by whoever
took that last step (a Plt./Plh. as such)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint

from sop_kinerja.mesin import pelimpahan, unit, versi
from sop_kinerja.naskah import verifikasi


class PenetapanSOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		catatan_perbaikan: DF.SmallText | None
		hal: DF.Data
		lampiran: DF.Attach | None
		langkah_sop: DF.Int
		log_html: DF.HTML | None
		masuk_langkah: DF.Datetime | None
		nama_sop: DF.Data | None
		revisi: DF.Int
		sop: DF.Link
		tanggal: DF.Date
		tanggal_efektif: DF.Date | None
		unit_kerja: DF.Link | None
		uraian: DF.TextEditor | None
		versi_sop: DF.Link | None
		workflow_state: DF.Link | None
	# end: auto-generated types

	def before_validate(self):
		if not self.hal and self.sop:
			self.hal = _("Penetapan {0}").format(frappe.db.get_value("SOP", self.sop, "nama_sop") or self.sop)

	def validate(self):
		if self.is_new():
			self.validate_rancangan()

	def validate_rancangan(self):
		status = frappe.db.get_value("SOP", self.sop, "status")
		if status != versi.RANCANGAN:
			versi.tolak(
				_("{0} is {1}: only a draft (Rancangan) is submitted for ratification.").format(
					frappe.bold(self.sop), _(status)
				)
			)
		if other := frappe.db.get_value(
			self.doctype, {"sop": self.sop, "workflow_state": ("!=", status_akhir(self.doctype))}
		):
			versi.tolak(_("{0} is already being ratified in {1}.").format(frappe.bold(self.sop), other))

	def on_update(self):
		if not self.has_value_changed("workflow_state") or not self.workflow_state:
			return
		status = frappe.db.get_value("SOP", self.sop, "status")
		if self.workflow_state == status_akhir(self.doctype):
			sahkan(self)
		elif cint(self.langkah_sop) > 1 and status == versi.RANCANGAN:
			versi.ubah_status(self.sop, versi.DIAJUKAN)
		elif cint(self.langkah_sop) == 1 and status == versi.DIAJUKAN:
			versi.ubah_status(self.sop, versi.RANCANGAN)  # sent back to its drafter


def status_akhir(doctype: str) -> str | None:
	"""The final state of the SOP that runs Penetapan SOP, as the admin named it."""
	return frappe.db.get_value("SOP", {"document_type": doctype, "aktif": 1}, "status_akhir")


def sahkan(doc):
	"""The version is ratified by the user who took the last step: their own Pejabat record, or, acting
	for an absent head (Plt./Plh.), "Plt. <the head's jabatan>" with the acting official's name and NIP."""
	transition = doc.flags.sop_transition
	role = transition.allowed if transition else None
	wakil = pelimpahan.aktif(frappe.session.user, role, unit=unit.unit_dokumen(doc)) if role else None
	if wakil:
		jabatan = f"{wakil.jenis} {frappe.db.get_value('Pejabat', wakil.pejabat, 'jabatan')}"
		penanda = frappe.db.get_value("Pejabat", wakil.pelaksana, ["name", "nama", "nip"], as_dict=True)
	else:
		penanda = frappe.db.get_value(
			"Pejabat",
			{"user": frappe.session.user, "aktif": 1},
			["name", "nama", "nip", "jabatan"],
			as_dict=True,
		)
		if not penanda:
			versi.tolak(
				_(
					"Your name and NIP are not recorded as a Pejabat (user {0}): the admin adds them before you "
					"ratify, so that Disahkan Oleh names you."
				).format(frappe.session.user)
			)
		jabatan = penanda.jabatan
	sop = versi.sahkan(doc.sop, penanda.name, jabatan, penanda.nama, penanda.nip)
	verifikasi.catat_pengesahan_sop(sop, oleh=frappe.session.user)
