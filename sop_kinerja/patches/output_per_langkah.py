"""The Outputs Perbaikan Data Kinerja enforced in code (the Nota Dinas at step 2, the corrections at
step 4) are now data of its SOP record, as for any SOP (keluaran.py): an existing site's record gets
them, unless its admin already named fields for those steps. Every step that sends back is marked as
the decision it is."""

import json

import frappe

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata


def execute():
	shipped = json.loads(kosakata.SOP_FILE.read_text(encoding="utf-8"))
	outputs = {
		row["workflow_state"]: row["field_output"] for row in shipped["langkah"] if row.get("field_output")
	}
	name = frappe.db.get_value("SOP", {"document_type": kosakata.DOCTYPE})
	for row in frappe.get_all(
		"SOP Langkah", {"parent": name, "parenttype": "SOP"}, ["name", "workflow_state", "field_output"]
	):
		if row.workflow_state in outputs and not row.field_output:
			frappe.db.set_value("SOP Langkah", row.name, "field_output", outputs[row.workflow_state])
	frappe.db.set_value("SOP Langkah", {"tidak_setuju_ke": (">", 0)}, "keputusan", 1)
	mutu_baku.clear_cache()
