"""Naming-series counters, made before anyone needs them.

Frappe creates a series counter (a `tabSeries` row) the first time a prefix such as `ARS/2026/` is
used, after a locking read of the missing row. Two documents named at that moment both hold a gap
lock and deadlock on the insert (seen with concurrent Arsipkan on a new site). A counter that
exists is only row-locked, so the app makes this year's counters at install, at every migrate and
daily.
"""

import frappe
from frappe.model.naming import NamingSeries

from sop_kinerja import sop

NAMED_BY_SERIES = (sop.DOCTYPE, "Arsip")


def ensure_series_counters():
	for doctype in NAMED_BY_SERIES:
		options = frappe.get_meta(doctype).get_options("naming_series") or ""
		for series in filter(None, (option.strip() for option in options.split("\n"))):
			prefix = NamingSeries(series).get_prefix()
			if frappe.db.get_value("Series", prefix, "name", order_by=None) is None:
				frappe.qb.into("Series").columns("name", "current").insert(prefix, 0).run()
