# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""Evaluasi Penerapan SOP AP (Tabel 8 of Permenpan-RB 35/2012) of one SOP in force: the regulation's
criteria, each answered, the action to take, and a recommendation from the step log's figures, which
one click turns into a draft revision with the proposed mutu baku."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_days, getdate

from sop_kinerja.mesin import monitoring, versi


class EvaluasiSOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.evaluasi_sop_kriteria.evaluasi_sop_kriteria import (
			EvaluasiSOPKriteria,
		)

		dari_tanggal: DF.Date
		kriteria: DF.Table[EvaluasiSOPKriteria]
		mutu_baku_usulan: DF.JSON | None
		nama_sop: DF.Data | None
		penilai: DF.Link | None
		rekomendasi: DF.SmallText | None
		revisi: DF.Link | None
		sampai_tanggal: DF.Date
		sop: DF.Link
		tindakan: DF.SmallText | None
		unit_kerja: DF.Link | None
	# end: auto-generated types

	def validate(self):
		if not frappe.db.get_value("SOP", self.sop, "aktif"):
			frappe.throw(
				_("{0} is not in force: only an SOP in force is evaluated.").format(frappe.bold(self.sop)),
				title=_("Not in Force"),
			)
		if getdate(self.dari_tanggal) > getdate(self.sampai_tanggal):
			frappe.throw(_("From Date must be before To Date."), title=_("Invalid Period"))
		if not self.kriteria:
			for kriteria in monitoring.KRITERIA_EVALUASI:
				self.append("kriteria", {"kriteria": kriteria})
		teks, usulan = monitoring.rekomendasi(
			self.sop, getdate(self.dari_tanggal), add_days(getdate(self.sampai_tanggal), 1)
		)
		self.rekomendasi = teks
		self.mutu_baku_usulan = frappe.as_json(usulan) if usulan else None


@frappe.whitelist()
def buat_revisi(name: str) -> str:
	"""The evaluation's proposed mutu baku, as a draft revision of its SOP."""
	doc = frappe.get_doc("Evaluasi SOP", name)
	doc.check_permission("write")
	usulan = frappe.parse_json(doc.mutu_baku_usulan or "{}")
	if not usulan:
		frappe.throw(_("The figures propose no new mutu baku: there is nothing to revise."))
	revisi = versi.buat_revisi(doc.sop, usulan)
	doc.db_set("revisi", revisi)
	return revisi
