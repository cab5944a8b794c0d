"""The workspace's cards of Perbaikan Data Kinerja (one per step, and the one of documents under way)
were shipped as files, a second copy of the SOP's steps; they are now made from the SOP record
(mesin/ruang_kerja.py) after this migrate. The shipped ones go first, so the new ones take their names."""

import frappe


def execute():
	shipped = frappe.get_all(
		"Number Card",
		{"module": "SOP Kinerja", "is_standard": 1, "name": ("like", "Langkah %")},
		pluck="name",
	)
	for name in [*shipped, "Perbaikan Berjalan"]:
		frappe.db.delete("Workspace Number Card", {"number_card_name": name})
		frappe.db.delete("Number Card", {"name": name, "is_standard": 1})
