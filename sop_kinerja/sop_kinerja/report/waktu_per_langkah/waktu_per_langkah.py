# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""Waktu per Langkah: for each step of an SOP, how long documents actually stayed, against its mutu baku.

Reads the step log only (one row per stay at a step, with the standard it was held to), aggregated
in the database: counts, maximum and the share within standard by GROUP BY; median and 90th
percentile by MariaDB's PERCENTILE_CONT window function. The (sop, keluar) index limits the scan
to the SOP and period asked for.
"""

import frappe
from frappe import _
from frappe.utils import add_days, flt, getdate, today

from sop_kinerja.mutu_baku import LOG


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	validate_filters(filters)
	steps = get_steps(filters.sop)
	stats = get_stats(filters)
	data = [row_for(step, stats.get(step.no)) for step in steps]
	return get_columns(), data, None, get_chart(data), get_summary(data)


def validate_filters(filters):
	if not filters.sop:
		frappe.throw(_("Choose an SOP."), title=_("Filter Missing"))
	filters.from_date = getdate(filters.from_date or add_days(today(), -30))
	filters.to_date = getdate(filters.to_date or today())
	if filters.from_date > filters.to_date:
		frappe.throw(_("From Date must be before To Date."), title=_("Invalid Period"))


def get_steps(sop: str) -> list:
	return frappe.get_all(
		"SOP Langkah",
		filters={"parent": sop, "parenttype": "SOP", "parentfield": "langkah"},
		fields=["no", "kegiatan", "pelaksana", "waktu"],
		order_by="no asc",
	)


def get_stats(filters) -> dict[int, dict]:
	"""Per step: stays, documents, max, within standard, median and p90 (seconds), one query."""
	conditions = ["sop = %(sop)s", "keluar >= %(from_date)s", "keluar < %(to_date)s"]
	values = {
		"sop": filters.sop,
		"from_date": filters.from_date,
		"to_date": add_days(filters.to_date, 1),
	}
	if filters.unit_kerja:
		conditions.append("unit_kerja = %(unit_kerja)s")
		values["unit_kerja"] = filters.unit_kerja
	where = " and ".join(conditions)
	rows = frappe.db.sql(
		f"""
		select a.langkah, a.stays, a.documents, a.longest, a.within, p.median, p.p90
		from (
			select langkah, count(*) as stays, count(distinct reference_name) as documents,
				max(durasi) as longest,
				sum(case when waktu_baku > 0 and durasi <= waktu_baku * 60 then 1 else 0 end) as within
			from `tab{LOG}` where {where} group by langkah
		) a
		join (
			select distinct langkah,
				percentile_cont(0.5) within group (order by durasi) over (partition by langkah) as median,
				percentile_cont(0.9) within group (order by durasi) over (partition by langkah) as p90
			from `tab{LOG}` where {where}
		) p on p.langkah = a.langkah
		""",
		values,
		as_dict=True,
	)
	return {row.langkah: row for row in rows}


def minutes(seconds) -> float:
	return round(flt(seconds) / 60, 1)


def row_for(step, stat) -> dict:
	stat = stat or frappe._dict(stays=0, documents=0)
	return {
		"langkah": step.no,
		"kegiatan": step.kegiatan,
		"pelaksana": step.pelaksana,
		"waktu_baku": step.waktu,
		"documents": stat.documents,
		"stays": stat.stays,
		"median": minutes(stat.median) if stat.stays else None,
		"p90": minutes(stat.p90) if stat.stays else None,
		"longest": minutes(stat.longest) if stat.stays else None,
		"within": round(100 * flt(stat.within) / stat.stays, 1) if stat.stays else None,
	}


def get_columns() -> list[dict]:
	return [
		{"fieldname": "langkah", "label": _("Step"), "fieldtype": "Int", "width": 70},
		{"fieldname": "kegiatan", "label": _("Kegiatan"), "fieldtype": "Data", "width": 320},
		{
			"fieldname": "pelaksana",
			"label": _("Pelaksana"),
			"fieldtype": "Link",
			"options": "Role",
			"width": 170,
		},
		{"fieldname": "waktu_baku", "label": _("Standard (min)"), "fieldtype": "Int", "width": 110},
		{"fieldname": "documents", "label": _("Documents"), "fieldtype": "Int", "width": 100},
		{"fieldname": "stays", "label": _("Passes"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "median",
			"label": _("Median (min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 110,
		},
		{
			"fieldname": "p90",
			"label": _("90th Percentile (min)"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 150,
		},
		{"fieldname": "longest", "label": _("Max (min)"), "fieldtype": "Float", "precision": 1, "width": 100},
		{"fieldname": "within", "label": _("Within Standard"), "fieldtype": "Percent", "width": 130},
	]


def get_chart(data: list[dict]) -> dict:
	return {
		"data": {
			"labels": [_("Step {0}").format(row["langkah"]) for row in data],
			"datasets": [
				{
					"name": _("Median (min)"),
					"chartType": "bar",
					"values": [row["median"] or 0 for row in data],
				},
				{
					"name": _("90th Percentile (min)"),
					"chartType": "bar",
					"values": [row["p90"] or 0 for row in data],
				},
				{
					"name": _("Standard (min)"),
					"chartType": "line",
					"values": [row["waktu_baku"] or 0 for row in data],
				},
			],
		},
		"type": "axis-mixed",
		"colors": ["#5e64ff", "#ffa00a", "#e24c4c"],
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
