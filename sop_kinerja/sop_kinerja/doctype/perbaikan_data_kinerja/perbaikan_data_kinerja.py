# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import re

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, cstr, get_fullname, getdate, now_datetime, time_diff_in_seconds

from sop_kinerja import mutu_baku, sop
from sop_kinerja.exceptions import (
	PlainTextRequiredError,
	SendBackNoteRequiredError,
	StateEditNotAllowedError,
	StepIncompleteError,
	TransitionNotAllowedError,
)
from sop_kinerja.sop_kinerja.doctype.arsip.arsip import create_arsip_for
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import LOG_FIELDS
from sop_kinerja.workflow_rules import changed_fields, find_transition, get_active_workflow, get_state

PLAIN_TEXT = ("Data", "Small Text", "Text", "Long Text")
MARKUP = re.compile(r"<\s*[a-zA-Z!/][^>]*>")
SCRIPT = re.compile(r"<\s*(script|iframe|object|embed)\b|\bon[a-z]+\s*=|javascript:", re.IGNORECASE)


class PerbaikanDataKinerja(Document):
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
		workflow_state: DF.Link | None
	# end: auto-generated types

	def onload(self):
		"""What the form shows: the SOP step of each state (from the SOP record), and the step log."""
		sop_name = mutu_baku.sop_for_doctype(self.doctype)
		langkah = mutu_baku.langkah_by_state(sop_name) if sop_name else {}
		self.set_onload("sop", sop_name)
		self.set_onload("langkah", langkah)
		self.set_onload("jumlah_langkah", len(langkah))
		log = frappe.get_all(
			"Log Langkah SOP",
			filters={"reference_doctype": self.doctype, "reference_name": self.name},
			fields=list(LOG_FIELDS),
			order_by="name asc",
		)
		for row in log:
			row.nama_user = get_fullname(row.user) if row.user else None
		self.set_onload("log_langkah", log)
		# the open step past its standard: the form shows it in red (compared here, in the system's time)
		open_step = next((row for row in log if not row.keluar), None)
		if open_step:
			self.set_onload("waktu_berjalan", max(time_diff_in_seconds(now_datetime(), open_step.masuk), 0))
		if open_step and open_step.batas_waktu and open_step.batas_waktu < now_datetime():
			self.set_onload("lewat_mutu_baku_sejak", open_step.batas_waktu)

	def before_insert(self):
		if not self.unit_pengolah:
			self.unit_pengolah = frappe.db.get_value("Pejabat", {"user": frappe.session.user}, "unit_kerja")

	def before_validate(self):
		if not self.tahun and self.tanggal:
			self.tahun = getdate(self.tanggal).year

	def validate(self):
		self.validate_plain_text()
		self.validate_edit_by_state_role()
		self.validate_transition()
		self.validate_step_complete()
		self.validate_send_back_note()
		self.set_langkah()
		self.take_catatan_into_log()

	def before_submit(self):
		self.validate_signed_through_workflow()

	def before_update_after_submit(self):
		self.validate_edit_by_state_role()
		self.validate_transition()
		self.set_langkah()
		if self.workflow_state == sop.DIARSIPKAN and not self.arsip:
			self.arsip = create_arsip_for(self)

	def on_update(self):
		self.comment_catatan()

	def on_update_after_submit(self):
		self.comment_catatan()

	@property
	def _workflow(self):
		return get_active_workflow(self.doctype)

	@property
	def _state_before(self) -> str | None:
		before = self.get_doc_before_save()
		return before.workflow_state if before else None

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

	def validate_edit_by_state_role(self):
		"""The state's `allow_edit` role alone may change the content (Frappe checks this in the desk only)."""
		before = self.get_doc_before_save()
		if not before or not self._workflow:
			return
		state = get_state(self._workflow, before.workflow_state)
		if not state or state.allow_edit in frappe.get_roles():
			return
		if changed := changed_fields(self, before):
			frappe.throw(
				_("At status {0} only the role {1} may change this document. Changed: {2}").format(
					frappe.bold(_(before.workflow_state)),
					frappe.bold(_(state.allow_edit)),
					", ".join(changed),
				),
				exc=StateEditNotAllowedError,
				title=_("Not Permitted"),
			)

	def validate_transition(self):
		"""Remember which workflow transition this save makes, and refuse any state change that is not one."""
		self.flags.sop_transition = None
		state_before = self._state_before
		if not self._workflow or state_before is None or state_before == self.workflow_state:
			return
		transition = find_transition(self._workflow, state_before, self.workflow_state, frappe.get_roles())
		if not transition:
			frappe.throw(
				_("Moving from {0} to {1} is not a step you may take.").format(
					frappe.bold(_(state_before)), frappe.bold(_(self.workflow_state))
				),
				exc=TransitionNotAllowedError,
			)
		self.flags.sop_transition = transition

	def validate_signed_through_workflow(self):
		"""Only the signing action submits: a plain Submit would skip the three reviews."""
		transition = self.flags.sop_transition
		next_state = get_state(self._workflow, self.workflow_state) if self._workflow else None
		if not transition or not next_state or cint(next_state.doc_status) != 1:
			frappe.throw(
				_("This document is signed only through the workflow action {0}.").format(
					frappe.bold(_(sop.TANDATANGANI))
				),
				exc=TransitionNotAllowedError,
			)

	def validate_step_complete(self):
		"""A step hands on its output: the fields it must fill are filled before it is left."""
		transition = self.flags.sop_transition
		if not transition or mutu_baku.is_send_back(self.doctype, transition.state, transition.next_state):
			return
		required = sop.REQUIRED_TO_LEAVE.get(transition.state, ())
		if missing := [self.meta.get_label(f) for f in required if not self.get(f)]:
			frappe.throw(
				_("Fill in {0} before the action {1}.").format(
					", ".join(missing), frappe.bold(_(transition.action))
				),
				exc=StepIncompleteError,
				title=_("Step Incomplete"),
			)

	def validate_send_back_note(self):
		"""Sending back (dikembalikan) needs a catatan perbaikan that says what to fix."""
		transition = self.flags.sop_transition
		if transition and mutu_baku.is_send_back(self.doctype, transition.state, transition.next_state):
			if not cstr(self.catatan_perbaikan).strip():
				frappe.throw(
					_("Write a correction note (Catatan Perbaikan) before sending the document back."),
					exc=SendBackNoteRequiredError,
					title=_("Correction Note Required"),
				)

	def set_langkah(self):
		state = self.workflow_state or (self._workflow.states[0].state if self._workflow else None)
		self.langkah_sop = mutu_baku.step_no(self.doctype, state) or 0
		if self.is_new() or self.flags.sop_transition:
			self.masuk_langkah = now_datetime()

	def take_catatan_into_log(self):
		"""A transition carries the note into the step log; the next send-back needs a fresh one."""
		if self.flags.sop_transition:
			self.flags.sop_catatan = cstr(self.catatan_perbaikan).strip() or None
			self.catatan_perbaikan = None

	def comment_catatan(self):
		"""The send-back note goes on the timeline too; the step log line itself is mutu_baku's."""
		transition, catatan = self.flags.sop_transition, self.flags.sop_catatan
		if transition and catatan:
			self.add_comment(
				"Comment",
				_("{0}: {1}").format(frappe.bold(_(transition.action)), frappe.utils.escape_html(catatan)),
			)
