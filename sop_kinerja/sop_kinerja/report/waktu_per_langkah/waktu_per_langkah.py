# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""Waktu per Langkah: for each step of an SOP, how long documents actually stayed, against its mutu baku.

Reads the step log through one index, ordered per step by duration (see Log Langkah SOP's
`on_doctype_update`), and never the rows themselves:
- one pass counts the stays, first passes, the longest and those within standard, per step;
- a percentile is then a seek to its rank in that order (LIMIT 2 OFFSET k, from the nearer end),
  interpolated as PERCENTILE_CONT interpolates.

Durations are working time by the office calendar (Kalender Kerja), as the mutu baku is; the
clock time of the same stays stands beside them (mean and longest).

"Documents" counts first passes (putaran 1): a document sent back and resubmitted counts once,
its extra passes count under "Passes".

A big office's report makes itself a Prepared Report: a live run slower than LAMBAT over a step log
of at least LOG_BESAR lines turns the Report's switch on (Frappe does the same for any report slower
than 15 s), and the reviewers then wait for a stored result, shown with the time it was made.
"""

import time

import frappe
from frappe import _
from frappe.core.doctype.report.report import enable_prepared_report
from frappe.utils import add_days, cint, flt, fmt_money, getdate, today

from sop_kinerja.mesin.mutu_baku import LOG
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import REPORT_INDEX as INDEX

REPORT = "Waktu per Langkah"
LAMBAT = 0.5  # seconds: a live run slower than this, over a big log, is too long a wait
LOG_BESAR = 100_000  # step-log lines: below this a slow run is a busy moment, not the volume


def execute(filters: dict | None = None):
	mulai = time.monotonic()
	filters = frappe._dict(filters or {})
	validate_filters(filters)
	steps = get_langkah(filters.sop)
	stats = get_stats(filters)
	data = [row_for(step, stats.get(step.no)) for step in steps]
	message = siapkan_bila_lambat(time.monotonic() - mulai)
	return get_columns(), data, message, get_chart(data), [*get_summary(data), versi_sop(filters.sop)]


def siapkan_bila_lambat(detik: float) -> str | None:
	"""After a live run that took `detik` seconds: switch the report to Prepared Report if the run was
	slow because the step log is big, and say so above the result. A background job flips the switch,
	as Frappe's own does (the report may be running on a read-only replica)."""
	if detik <= LAMBAT or (baris := baris_log()) < LOG_BESAR:
		return None
	if cint(frappe.db.get_value("Report", REPORT, "prepared_report")):
		return None  # already switched: this is the background job making a result
	frappe.enqueue(
		enable_prepared_report,
		report=REPORT,
		job_id=f"sop_kinerja:siapkan:{REPORT}",
		deduplicate=True,
	)
	pesan = _("{0} s over {1} step-log lines: from now on this report is made in the background.")
	return pesan.format(flt(detik, 1), fmt_money(baris, precision=0))


def baris_log() -> int:
	"""The step log's size as InnoDB estimates it (no count over the table)."""
	rows = frappe.db.sql(
		"select table_rows from information_schema.tables where table_schema = database() and table_name = %s",
		f"tab{LOG}",
	)
	return cint(rows[0][0]) if rows else 0


def validate_filters(filters):
	if not filters.sop:
		frappe.throw(_("Choose an SOP."), title=_("Filter Missing"))
	filters.from_date = getdate(filters.from_date or add_days(today(), -30))
	filters.to_date = getdate(filters.to_date or today())
	if filters.from_date > filters.to_date:
		frappe.throw(_("From Date must be before To Date."), title=_("Invalid Period"))


def get_langkah(sop: str) -> list:
	return frappe.get_all(
		"SOP Langkah",
		filters={"parent": sop, "parenttype": "SOP", "parentfield": "langkah"},
		fields=["no", "kegiatan", "pelaksana", "waktu"],
		order_by="no asc",
	)


def get_stats(filters) -> dict[int, dict]:
	"""Per step: stays, documents, longest and within standard; then median and p90 (seconds)."""
	conditions = ["sop = %(sop)s", "keluar >= %(from_date)s", "keluar < %(to_date)s"]
	values = {"sop": filters.sop, "from_date": filters.from_date, "to_date": add_days(filters.to_date, 1)}
	if filters.unit_kerja:
		conditions.append("unit_kerja = %(unit_kerja)s")
		values["unit_kerja"] = filters.unit_kerja
	# the lines this user may read: their units' alone under User Permissions, as Frappe's own lists
	if match := frappe.build_match_conditions(LOG):
		conditions.append(f"({match})")
	where = " and ".join(conditions)
	stats = frappe.db.sql(
		f"""
		select langkah, count(*) as stays, sum(putaran = 1) as documents, max(durasi) as longest,
			sum(waktu_baku > 0 and durasi <= waktu_baku * 60) as within,
			avg(durasi_jam) as mean_clock, max(durasi_jam) as longest_clock
		from `tab{LOG}` force index ({INDEX})
		where {where}
		group by langkah
		""",
		values,
		as_dict=True,
	)
	for stat in stats:
		stat.median = percentile(where, values, stat.langkah, stat.stays, 0.5)
		stat.p90 = percentile(where, values, stat.langkah, stat.stays, 0.9)
	return {stat.langkah: stat for stat in stats}


def percentile(where: str, values: dict, langkah: int, count: int, fraction: float) -> float:
	"""The `fraction` percentile of the step's durations, as PERCENTILE_CONT: between the values at
	ranks floor and ceil of (count - 1) * fraction, by the index's order."""
	rank = (count - 1) * fraction
	low_rank = int(rank)
	high_rank = min(low_rank + 1, count - 1)
	# An offset is read, not jumped: seek from the nearer end of the step's order, so the 90th
	# percentile reads a tenth of the step's entries instead of nine tenths.
	if count - 1 - high_rank < low_rank:
		order, offset = "desc", count - 1 - high_rank
	else:
		order, offset = "asc", low_rank
	pair = frappe.db.sql(
		f"""
		select durasi from `tab{LOG}` force index ({INDEX})
		where {where} and langkah = %(langkah)s
		order by durasi {order}
		limit {high_rank - low_rank + 1} offset {offset}
		""",
		{**values, "langkah": langkah},
		pluck=True,
	)
	low, high = flt(min(pair, key=flt)), flt(max(pair, key=flt))
	return low + (high - low) * (rank - low_rank)


def minutes(seconds) -> float:
	return round(flt(seconds) / 60, 1)


def row_for(step, stat) -> dict:
	stat = stat or frappe._dict(stays=0, documents=0)
	return {
		"langkah": step.no,
		"kegiatan": step.kegiatan,
		"pelaksana": _(step.pelaksana),
		"waktu_baku": step.waktu,
		"documents": stat.documents,
		"stays": stat.stays,
		"median": minutes(stat.median) if stat.stays else None,
		"p90": minutes(stat.p90) if stat.stays else None,
		"longest": minutes(stat.longest) if stat.stays else None,
		"within": round(100 * flt(stat.within) / stat.stays, 1) if stat.stays else None,
		"mean_clock": minutes(stat.mean_clock) if stat.stays else None,
		"longest_clock": minutes(stat.longest_clock) if stat.stays else None,
	}


def get_columns() -> list[dict]:
	return [
		{"fieldname": "langkah", "label": _("Step"), "fieldtype": "Int", "width": 70},
		{"fieldname": "kegiatan", "label": _("Kegiatan"), "fieldtype": "Data", "width": 320},
		# Data, not a Link to Role: Frappe would filter the rows by Role permissions staff do not have
		{"fieldname": "pelaksana", "label": _("Pelaksana"), "fieldtype": "Data", "width": 170},
		{"fieldname": "waktu_baku", "label": _("Standard (working min)"), "fieldtype": "Int", "width": 110},
		{"fieldname": "documents", "label": _("Documents"), "fieldtype": "Int", "width": 100},
		{"fieldname": "stays", "label": _("Passes"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "median",
			"label": _("Median (working min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 110,
		},
		{
			"fieldname": "p90",
			"label": _("90th Percentile (working min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 150,
		},
		{
			"fieldname": "longest",
			"label": _("Max (working min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 100,
		},
		{"fieldname": "within", "label": _("Within Standard"), "fieldtype": "Percent", "width": 130},
		{
			"fieldname": "mean_clock",
			"label": _("Clock Time, Mean (min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 160,
		},
		{
			"fieldname": "longest_clock",
			"label": _("Clock Time, Max (min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 150,
		},
	]


def get_chart(data: list[dict]) -> dict:
	return {
		"data": {
			"labels": [_("Step {0}").format(row["langkah"]) for row in data],
			"datasets": [
				{
					"name": _("Median (working min)"),
					"chartType": "bar",
					"values": [row["median"] or 0 for row in data],
				},
				{
					"name": _("90th Percentile (working min)"),
					"chartType": "bar",
					"values": [row["p90"] or 0 for row in data],
				},
				{
					"name": _("Standard (working min)"),
					"chartType": "line",
					"values": [row["waktu_baku"] or 0 for row in data],
				},
			],
		},
		"type": "axis-mixed",
		"colors": ["#5e64ff", "#ffa00a", "#e24c4c"],
	}


def versi_sop(sop: str) -> dict:
	"""The version the figures are of: the step log names the version each stay was measured under."""
	revisi, status = frappe.db.get_value("SOP", sop, ["revisi", "status"])
	nama = _("Revision {0}").format(revisi) if revisi else _("First Version")
	return {
		"label": _("SOP Version"),
		"value": f"{nama} ({_(status)})",
		"datatype": "Data",
		"indicator": "Blue",
	}


def get_summary(data: list[dict]) -> list[dict]:
	stays = sum(row["stays"] for row in data)
	within = sum((row["within"] or 0) * row["stays"] / 100 for row in data)
	late_steps = [row for row in data if row["stays"] and row["median"] > row["waktu_baku"]]
	return [
		{"label": _("Passes"), "value": stays, "datatype": "Int", "indicator": "Blue"},
		{
			"label": _("Within Standard"),
			"value": round(100 * within / stays, 1) if stays else 0,
			"datatype": "Percent",
			"indicator": "Green",
		},
		{
			"label": _("Steps Whose Median Exceeds the Standard"),
			"value": len(late_steps),
			"datatype": "Int",
			"indicator": "Red" if late_steps else "Green",
		},
	]
