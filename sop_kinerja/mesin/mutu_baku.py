"""Time spent at each SOP step against its mutu baku, for any DocType an SOP record governs.

The SOP record (DocType "SOP") is the standard: its steps name the workflow state a document waits
in, who acts and the standard time. This module reads it (cached, cleared when an SOP is saved)
and keeps the step log:

- a document entering a state that is an SOP step gets an open Log Langkah SOP row, stamped with
  the step's mutu baku as it stands at that moment, so a later change of the standard applies from
  then on and never rewrites history, and its deadline in working time (jam_kerja.py);
- leaving the state closes that row with who acted, the action, the time spent in working time
  (and by the clock beside it) and whether it exceeded the standard;
- a changed calendar moves the deadlines of the steps under way; closed rows keep their figures;
- a scheduled job flags open rows past their deadline and notifies the holders of the step's
  role, once per row.

All writes happen inside the save that moves the document, so a move and its log line are one
transaction.
"""

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import make_notification_logs
from frappe.utils import (
	cint,
	escape_html,
	format_duration,
	get_datetime,
	get_fullname,
	now_datetime,
	time_diff_in_seconds,
)
from frappe.utils.user import get_users_with_role

from sop_kinerja.mesin import jalur_simpan, jam_kerja, pelimpahan, unit
from sop_kinerja.mesin.workflow import find_transition, get_active_workflow

LOG = "Log Langkah SOP"
_SOP_BY_DOCTYPE = "sop_kinerja:sop_for_doctype"
_LANGKAH_BY_SOP = "sop_kinerja:langkah_by_state"
_FINAL_STATE_BY_SOP = "sop_kinerja:status_akhir"


def sop_for_doctype(doctype: str) -> str | None:
	"""The active SOP record that governs `doctype`, or None. Cached: every save in the site asks."""
	name = frappe.cache.hget(_SOP_BY_DOCTYPE, doctype)
	if name is None:
		name = frappe.db.get_value("SOP", {"document_type": doctype, "aktif": 1}, "name") or ""
		frappe.cache.hset(_SOP_BY_DOCTYPE, doctype, name)
	return name or None


def langkah_sop(sop: str) -> list[frappe._dict]:
	"""The SOP record's steps in order: who acts, what they do, the standard, the actions."""
	return frappe.get_all(
		"SOP Langkah",
		filters={"parent": sop, "parenttype": "SOP", "parentfield": "langkah"},
		fields=[
			"no",
			"workflow_state",
			"pelaksana",
			"kegiatan",
			"waktu",
			"kelengkapan",
			"output",
			"field_output",
			"aksi",
			"setuju_ke",
			"tidak_setuju_ke",
			"aksi_tidak_setuju",
		],
		order_by="no asc",
	)


def langkah_by_state(sop: str) -> dict[str, dict]:
	"""The SOP's steps keyed by the workflow state in which a document waits for them."""
	steps = frappe.cache.hget(_LANGKAH_BY_SOP, sop)
	if steps is None:
		steps = {row.workflow_state: row for row in langkah_sop(sop) if row.workflow_state}
		frappe.cache.hset(_LANGKAH_BY_SOP, sop, steps)
	return steps


def langkah_for(doctype: str, state: str | None) -> dict | None:
	sop = sop_for_doctype(doctype)
	return langkah_by_state(sop).get(state) if sop and state else None


def status_akhir(sop: str) -> str | None:
	"""The state a document of the SOP reaches when its last step is done."""
	state = frappe.cache.hget(_FINAL_STATE_BY_SOP, sop)
	if state is None:
		state = frappe.db.get_value("SOP", sop, "status_akhir") or ""
		frappe.cache.hset(_FINAL_STATE_BY_SOP, sop, state)
	return state or None


def nomor_langkah(doctype: str, state: str | None) -> int | None:
	"""The step of its SOP at which a document in `state` waits; the final state counts as one past the
	last step. None when no SOP governs `doctype` or the state is none of its steps."""
	if not state or not (sop := sop_for_doctype(doctype)):
		return None
	steps = langkah_by_state(sop)
	if langkah := steps.get(state):
		return langkah.no
	if state == status_akhir(sop):
		return max((langkah.no for langkah in steps.values()), default=0) + 1
	return None


def is_kembalikan(doctype: str, state: str, next_state: str) -> bool:
	"""A move to an earlier step is a send-back ("dikembalikan"), whatever the action is called."""
	current, target = nomor_langkah(doctype, state), nomor_langkah(doctype, next_state)
	return bool(current and target and target < current)


def governed_doctypes() -> list[str]:
	"""The DocTypes active SOP records govern."""
	return sorted(
		set(frappe.get_all("SOP", {"aktif": 1, "document_type": ("is", "set")}, pluck="document_type"))
	)


def boot_session(bootinfo):
	"""The desk script (public/js/langkah_sop.js) adds "Waiting for Me" to these DocTypes' lists."""
	bootinfo.sop_kinerja = {"doctypes": governed_doctypes()}


def clear_cache(*args, **kwargs):
	"""After an SOP record changes, or a Role it names is renamed (a doc_events hook: its arguments
	are not needed)."""
	frappe.cache.delete_value([_SOP_BY_DOCTYPE, _LANGKAH_BY_SOP, _FINAL_STATE_BY_SOP])


def _state_field(doctype: str) -> str | None:
	workflow = get_active_workflow(doctype)
	return workflow.workflow_state_field if workflow else None


def catat_langkah(doc, method=None):
	"""doc_events hook (every DocType, after each save): keep the step log of a governed document."""
	if doc.flags.in_delete or not (sop := sop_for_doctype(doc.doctype)):
		return
	if not (field := _state_field(doc.doctype)):
		return
	before = doc.get_doc_before_save()
	state_before = before.get(field) if before else None
	state = doc.get(field)
	if before and state_before == state:
		return
	# a DocType that records when it entered its step (Perbaikan Data Kinerja's masuk_langkah) and the log
	# agree to the microsecond; any other is timed here
	now = get_datetime(doc.get("masuk_langkah")) if doc.get("masuk_langkah") else now_datetime()
	lines = _lines(doc) if before else []
	if before:
		_tutup_log(doc, sop, lines, state_before, state, now)
	# a document finishes under the version it started under, while that version has its step
	if (versi := doc.get("versi_sop")) and versi != sop and langkah_by_state(versi).get(state):
		sop = versi
	if langkah := langkah_by_state(sop).get(state):
		log_terbuka(doc, sop, langkah, now, putaran=1 + sum(line.langkah == langkah.no for line in lines))


def _lines(doc) -> list:
	"""The document's log lines, locked: one statement gives the open line and the passes per step."""
	return frappe.db.sql(
		f"""select name, langkah, masuk, waktu_baku, keluar, unit_kerja from `tab{LOG}`
		where reference_doctype = %s and reference_name = %s order by name for update""",
		(doc.doctype, doc.name),
		as_dict=True,
	)


def log_terbuka(doc, sop: str, langkah: dict, masuk, putaran: int = 1):
	"""The open log line of pass `putaran` at a step, begun at `masuk`, held to the step's standard as
	it is now.

	One INSERT, named from the table's sequence: every value comes from the saved document or the SOP
	record, both validated already, so the line is not run through a Document's checks and hooks.
	"""
	waktu = cint(langkah.waktu)
	tulis_log(
		{
			"reference_doctype": doc.doctype,
			"reference_name": doc.name,
			"sop": sop,
			"unit_kerja": unit.unit_dokumen(doc),
			"langkah": langkah.no,
			"putaran": putaran,
			"workflow_state": langkah.workflow_state,
			"role": langkah.pelaksana,
			"masuk": masuk,
			"waktu_baku": waktu,
			"batas_waktu": jam_kerja.batas_waktu(masuk, waktu, unit.unit_dokumen(doc)),
		}
	)


def tulis_log(values: dict):
	"""Insert one step-log line (jalur_simpan: one statement, named from the DocType's sequence)."""
	jalur_simpan.sisipkan_dengan_sequence(LOG, values)


def _tutup_log(doc, sop: str, lines: list, state: str, next_state: str, keluar):
	transition = doc.flags.sop_transition or find_transition(
		get_active_workflow(doc.doctype), state, next_state, pelimpahan.roles(unit=unit.unit_dokumen(doc))
	)
	row = next((line for line in reversed(lines) if not line.keluar), None)
	if not row:
		# A document already at this state before its SOP record existed: its open row is made now.
		langkah = langkah_by_state(sop).get(state)
		if not langkah:
			return
		log_terbuka(doc, sop, langkah, _entered(doc), 1 + sum(line.langkah == langkah.no for line in lines))
		return _tutup_log(doc, sop, _lines(doc), state, next_state, keluar)
	role = transition.allowed if transition else None
	# acting for an absent official (Plt./Plh.): the log names both
	wakil = pelimpahan.aktif(frappe.session.user, role, unit=unit.unit_dokumen(doc)) if role else None
	tutup_log(
		row.name,
		{
			"keluar": keluar,
			**lama_langkah(row.masuk, keluar, row.waktu_baku, jam_kerja.kalender(row.unit_kerja)),
			"aksi": transition.action if transition else None,
			"next_state": next_state,
			"user": frappe.session.user,
			"role": role,
			"jenis_pelimpahan": wakil.jenis if wakil else None,
			"atas_nama": wakil.pejabat_user if wakil else None,
			"pelimpahan": wakil.name if wakil else None,
			"catatan": doc.flags.sop_catatan,
			"keluaran": doc.flags.sop_keluaran,
		},
	)


def lama_langkah(masuk, keluar, waktu_baku: int | None, kalender=None) -> dict:
	"""A stay at a step, closed: its working seconds by the office calendar (`durasi`), its clock
	seconds (`durasi_jam`), and whether it went past the step's mutu baku (`lewat_waktu`). The one rule
	for the step log, its upgrade patch and the demo."""
	durasi = (kalender or jam_kerja.kalender()).detik_kerja(masuk, keluar)
	return {
		"durasi": durasi,
		"durasi_jam": max(time_diff_in_seconds(keluar, masuk), 0),
		"lewat_waktu": bool(waktu_baku and durasi > waktu_baku * 60),
	}


def filter_terlambat() -> dict:
	"""The step-log lines of documents waiting at a step past its deadline, now: what "lewat mutu baku"
	means for the notices, the number card and the demo."""
	return {"keluar": ("is", "not set"), "batas_waktu": ("<", now_datetime())}


def tutup_log(name: int, values: dict):
	"""Close one step-log line: one UPDATE, as `tulis_log` is one INSERT. The line is nobody's cached
	document, so there is no cache to clear; its `modified` stays when it was opened."""
	columns = ", ".join(f"`{column}` = %s" for column in values)
	frappe.db.sql(f"update `tab{LOG}` set {columns} where name = %s", [*values.values(), name])


def _entered(doc):
	"""When a document without an open row entered its state: its own record of it, else the last move."""
	last_move = frappe.db.get_value(
		LOG, {"reference_doctype": doc.doctype, "reference_name": doc.name}, "keluar", order_by="keluar desc"
	)
	return get_datetime(doc.get("masuk_langkah") or last_move or doc.creation)


def tandai_lewat_waktu():
	"""Scheduled: flag each open step past its standard time and tell the holders of its role who may
	read the document, once.

	The flag and the notifications are one transaction (the job's), so a failed run repeats nothing.
	"""
	overdue = frappe.get_all(
		LOG,
		filters={**filter_terlambat(), "diberitahu": 0},
		fields=[
			"name",
			"reference_doctype",
			"reference_name",
			"langkah",
			"workflow_state",
			"role",
			"waktu_baku",
		],
		order_by="batas_waktu asc",
	)
	for row in overdue:
		frappe.db.set_value(LOG, row.name, {"lewat_waktu": 1, "diberitahu": 1}, update_modified=False)
		subject = _("{0} has been at step {1} ({2}) longer than its standard time of {3} minutes").format(
			frappe.bold(row.reference_name), row.langkah, _(row.workflow_state), row.waktu_baku
		)
		if row.role:
			# Frappe's own: enabled users whose notification settings allow it
			make_notification_logs(
				frappe._dict(
					type="Alert",
					document_type=row.reference_doctype,
					document_name=row.reference_name,
					subject=subject,
				),
				# only those who may read the document: another unit's holders of the role are not told
				unit.boleh_membaca(row.reference_doctype, row.reference_name, get_users_with_role(row.role)),
			)


def kalender_berubah(*args, **kwargs):
	"""The calendar or a holiday changed (also a doc_events hook on ERPNext's Holiday List): the steps
	under way get their deadlines by it. A step no longer overdue by it may be flagged again later."""
	jam_kerja.clear_cache()
	now = now_datetime()
	for row in frappe.get_all(
		LOG,
		filters={"keluar": ("is", "not set"), "waktu_baku": (">", 0)},
		fields=["name", "masuk", "waktu_baku", "batas_waktu", "unit_kerja"],
	):
		batas = jam_kerja.batas_waktu(row.masuk, row.waktu_baku, row.unit_kerja)
		if batas == row.batas_waktu:
			continue
		values = {"batas_waktu": batas}
		if batas > now:
			values.update(lewat_waktu=0, diberitahu=0)
		frappe.db.set_value(LOG, row.name, values, update_modified=False)


def terlambat_sekarang(doctype: str | None = None) -> int:
	"""How many documents wait at a step past its standard time right now."""
	filters = filter_terlambat()
	if doctype:
		filters["reference_doctype"] = doctype
	return frappe.db.count(LOG, filters)


@frappe.whitelist()
def kartu_lewat_mutu_baku(filters: str | dict | None = None) -> dict:
	"""Number card "Lewat Mutu Baku": documents waiting past their step's standard time, now."""
	frappe.has_permission(LOG, "read", throw=True)
	# through get_list: a user sees the count of the lines they may read (their unit's, by User Permissions)
	count = frappe.get_list(LOG, filters=filter_terlambat(), fields=["count(name) as n"])[0].n
	return {"value": count, "fieldtype": "Int"}


def nama_pelaku(row) -> str:
	"""Who took a step, by name; an acting official (Plt./Plh.) with the official they acted for."""
	nama = get_fullname(row.user) if row.user else ""
	if row.get("jenis_pelimpahan"):
		return _("{0} {1} {2}, for {3}").format(
			row.jenis_pelimpahan, _(row.role), nama, get_fullname(row.atas_nama)
		)
	return nama


def timeline_langkah(doctype: str, docname: str) -> list[dict]:
	"""The step log on the form's timeline (hook `additional_timeline_content`), for governed DocTypes:
	each completed step with who acted, how long it took and its standard."""
	if not sop_for_doctype(doctype):
		return []
	rows = frappe.get_all(
		LOG,
		filters={"reference_doctype": doctype, "reference_name": docname, "keluar": ("is", "set")},
		fields=[
			"langkah",
			"workflow_state",
			"aksi",
			"user",
			"role",
			"jenis_pelimpahan",
			"atas_nama",
			"keluar",
			"durasi",
			"waktu_baku",
			"lewat_waktu",
		],
		order_by="name asc",
	)
	return [
		{
			"icon": "milestone",
			"creation": row.keluar,
			"content": _("Step {0} ({1}): {2} by {3} after {4}, standard {5} minutes{6}").format(
				row.langkah,
				escape_html(_(row.workflow_state)),
				frappe.bold(escape_html(_(row.aksi or ""))),
				escape_html(nama_pelaku(row)),
				format_duration(row.durasi or 0) or "0s",
				row.waktu_baku,
				" — " + _("past the standard") if row.lewat_waktu else "",
			),
		}
		for row in rows
	]
