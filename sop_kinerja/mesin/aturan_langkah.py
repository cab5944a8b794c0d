"""What every document an SOP governs goes through at its steps, whatever its DocType.

The hooks here run for every DocType (hooks.py, doc_events "*") and act only on those an active SOP
record governs: Perbaikan Data Kinerja, which came with code, and the DocTypes Jalankan SOP makes,
which have none. A governed document:
- is changed at a state only by the state's editing role, over REST too (Frappe checks it in the desk);
- changes state only by a transition of its workflow that the user's roles allow;
- leaves a step forward only with the step's Output recorded (keluaran.py);
- is sent back ("dikembalikan") only with a correction note, which goes into the step log and onto the
  timeline;
- is submitted only by the workflow, never by a plain Submit;
- shows its step, the step's checklist and the step log on its form (`onload`, and the desk script
  public/js/langkah_sop.js).

The fields a governed DocType may have for this (Perbaikan Data Kinerja and the made DocTypes have
all of them): `catatan_perbaikan`, the correction note; `langkah_sop` and `masuk_langkah`, the step
and when it was entered; `log_html`, where the form shows the step log.
"""

import frappe
from frappe import _
from frappe.utils import cint, cstr, escape_html, now_datetime

from sop_kinerja.mesin import jam_kerja, keluaran, mutu_baku, pelimpahan, unit
from sop_kinerja.mesin.exceptions import (
	CatatanKembalikanRequiredError,
	StateEditNotAllowedError,
	TransitionNotAllowedError,
)
from sop_kinerja.mesin.workflow import changed_fields, find_transition, get_active_workflow, get_state
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import LOG_FIELDS

CATATAN = "catatan_perbaikan"


def _governed(doc) -> bool:
	return bool(mutu_baku.sop_for_doctype(doc.doctype)) and bool(get_active_workflow(doc.doctype))


def onload(doc, method=None):
	"""What the form shows: the SOP step of each state (from the SOP record), and the step log."""
	if not (sop_name := mutu_baku.sop_for_doctype(doc.doctype)):
		return
	langkah = mutu_baku.langkah_by_state(sop_name)
	doc.set_onload("sop", sop_name)
	doc.set_onload(
		"langkah", {state: {**row, "checklist": keluaran.checklist(row)} for state, row in langkah.items()}
	)
	doc.set_onload("jumlah_langkah", len(langkah))
	log = frappe.get_all(
		mutu_baku.LOG,
		filters={"reference_doctype": doc.doctype, "reference_name": doc.name},
		fields=list(LOG_FIELDS),
		order_by="name asc",
	)
	for row in log:
		row.nama_user = mutu_baku.nama_pelaku(row) if row.user else None
	doc.set_onload("log_langkah", log)
	# the open step: working time so far and its deadline; past it, the form shows it in red (compared
	# here, in the system's time)
	log_terbuka = next((row for row in log if not row.keluar), None)
	now = now_datetime()
	if log_terbuka:
		doc.set_onload(
			"waktu_berjalan", jam_kerja.detik_kerja(log_terbuka.masuk, now, unit.unit_dokumen(doc))
		)
		doc.set_onload("batas_waktu", log_terbuka.batas_waktu)
	if log_terbuka and log_terbuka.batas_waktu and log_terbuka.batas_waktu < now:
		doc.set_onload("lewat_mutu_baku_sejak", log_terbuka.batas_waktu)


def validate(doc, method=None):
	if not _governed(doc):
		return
	unit.cek_unit_dokumen(doc)
	if doc.is_new() and doc.meta.has_field("versi_sop") and not doc.get("versi_sop"):
		doc.versi_sop = mutu_baku.sop_for_doctype(doc.doctype)  # the version it starts under
	check_edit_by_state_role(doc)
	check_transition(doc)
	if doc.flags.sop_transition:
		keluaran.check_recorded(doc, doc.flags.sop_transition)
	check_catatan_kembalikan(doc)
	set_langkah(doc)
	take_catatan_into_log(doc)


# a submitted document moves by "update after submit": the same checks
before_update_after_submit = validate


def before_submit(doc, method=None):
	"""Only the workflow's action into a submitted state submits: a plain Submit would skip the steps
	before it."""
	if not _governed(doc):
		return
	workflow = get_active_workflow(doc.doctype)
	transition = doc.flags.sop_transition
	next_state = get_state(workflow, doc.get(workflow.workflow_state_field))
	if not transition or not next_state or cint(next_state.doc_status) != 1:
		into = [t.action for t in workflow.transitions if cint(_doc_status(workflow, t.next_state)) == 1]
		frappe.throw(
			_("This document is submitted only through the workflow action {0}.").format(
				frappe.bold(_(into[0]) if into else _("of its SOP"))
			),
			exc=TransitionNotAllowedError,
		)


def on_update(doc, method=None):
	"""The send-back note goes on the timeline too; the step log line itself is mutu_baku's."""
	transition, catatan = doc.flags.sop_transition, doc.flags.sop_catatan
	if transition and catatan:
		doc.add_comment(
			"Comment", _("{0}: {1}").format(frappe.bold(_(transition.action)), escape_html(catatan))
		)


def _doc_status(workflow, state):
	row = get_state(workflow, state)
	return row.doc_status if row else 0


def _state_before(doc) -> str | None:
	before = doc.get_doc_before_save()
	return before.get(get_active_workflow(doc.doctype).workflow_state_field) if before else None


def check_edit_by_state_role(doc):
	"""The state's `allow_edit` role alone may change the content (Frappe checks this in the desk only)."""
	before = doc.get_doc_before_save()
	if not before:
		return
	workflow = get_active_workflow(doc.doctype)
	state_before = before.get(workflow.workflow_state_field)
	state = get_state(workflow, state_before)
	if not state or state.allow_edit in pelimpahan.roles(unit=unit.unit_dokumen(doc)):
		return
	if changed := changed_fields(doc, before):
		frappe.throw(
			_("At status {0} only the role {1} may change this document. Changed: {2}").format(
				frappe.bold(_(state_before)), frappe.bold(_(state.allow_edit)), ", ".join(changed)
			),
			exc=StateEditNotAllowedError,
			title=_("Not Permitted"),
		)


def check_transition(doc):
	"""Remember which workflow transition this save makes, and refuse any state change that is not one."""
	doc.flags.sop_transition = None
	workflow = get_active_workflow(doc.doctype)
	state_before, state = _state_before(doc), doc.get(workflow.workflow_state_field)
	if state_before is None or state_before == state:
		return
	transition = find_transition(workflow, state_before, state, pelimpahan.roles(unit=unit.unit_dokumen(doc)))
	if not transition:
		frappe.throw(
			_("Moving from {0} to {1} is not a step you may take.").format(
				frappe.bold(_(state_before)), frappe.bold(_(state))
			),
			exc=TransitionNotAllowedError,
		)
	doc.flags.sop_transition = transition


def check_catatan_kembalikan(doc):
	"""Sending back (dikembalikan) needs a correction note that says what to fix."""
	transition = doc.flags.sop_transition
	if transition and mutu_baku.is_kembalikan(doc.doctype, transition.state, transition.next_state):
		if doc.meta.has_field(CATATAN) and not cstr(doc.get(CATATAN)).strip():
			frappe.throw(
				_("Write a correction note (Catatan Perbaikan) before sending the document back."),
				exc=CatatanKembalikanRequiredError,
				title=_("Correction Note Required"),
			)


def set_langkah(doc):
	"""The step the document waits at, and since when, on the document itself (for lists and cards)."""
	workflow = get_active_workflow(doc.doctype)
	state = doc.get(workflow.workflow_state_field) or (workflow.states[0].state if workflow.states else None)
	if doc.meta.has_field("langkah_sop"):
		doc.langkah_sop = mutu_baku.nomor_langkah(doc.doctype, state) or 0
	if doc.meta.has_field("masuk_langkah") and (doc.is_new() or doc.flags.sop_transition):
		doc.masuk_langkah = now_datetime()


def take_catatan_into_log(doc):
	"""A transition carries the note and the Output into the step log; the next send-back needs a fresh
	note."""
	transition = doc.flags.sop_transition
	if not transition:
		return
	doc.flags.sop_catatan = cstr(doc.get(CATATAN)).strip() or None
	if doc.meta.has_field(CATATAN):
		doc.set(CATATAN, None)
	if not mutu_baku.is_kembalikan(doc.doctype, transition.state, transition.next_state):
		langkah = mutu_baku.langkah_for(doc.doctype, transition.state)
		doc.flags.sop_keluaran = keluaran.summary(doc, langkah) if langkah else None
