"""Upgrade from the version without SOP records: the step log is measured against the SOP record.

Closed log lines get their SOP, the mutu baku the record gives their step, and their pass number
(putaran); a document waiting at a step gets the open line that later versions write on entering it.
"""

import frappe
from frappe.utils import cint, get_datetime

from sop_kinerja.install import install_sop
from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah.kosakata import DOCTYPE


def execute():
	install_sop()
	if not (sop := mutu_baku.sop_for_doctype(DOCTYPE)):
		return
	steps = mutu_baku.langkah_by_state(sop)
	for state, langkah in steps.items():
		waktu = cint(langkah.waktu)
		frappe.db.sql(
			"""update `tabLog Langkah SOP`
			set sop = %(sop)s, waktu_baku = %(waktu)s, lewat_waktu = (%(waktu)s > 0 and durasi > %(waktu)s * 60)
			where reference_doctype = %(doctype)s and workflow_state = %(state)s and ifnull(sop, '') = ''""",
			{"sop": sop, "waktu": waktu, "doctype": DOCTYPE, "state": state},
		)
	frappe.db.sql(
		"""update `tabLog Langkah SOP` log
		join (
			select name, row_number() over (
				partition by reference_doctype, reference_name, langkah order by name
			) as putaran
			from `tabLog Langkah SOP`
		) pass on pass.name = log.name
		set log.putaran = pass.putaran
		where log.putaran = 0"""
	)
	open_rows = set(
		frappe.get_all(
			mutu_baku.LOG,
			filters={"reference_doctype": DOCTYPE, "keluar": ("is", "not set")},
			pluck="reference_name",
		)
	)
	for row in frappe.get_all(DOCTYPE, fields=["name", "workflow_state", "masuk_langkah", "creation"]):
		langkah = steps.get(row.workflow_state)
		if langkah and row.name not in open_rows:
			doc = frappe.get_doc(DOCTYPE, row.name)
			passes = frappe.db.count(
				mutu_baku.LOG,
				{"reference_doctype": DOCTYPE, "reference_name": row.name, "langkah": langkah.no},
			)
			mutu_baku.log_terbuka(
				doc, sop, langkah, get_datetime(row.masuk_langkah or row.creation), 1 + passes
			)
