"""An SOP's actors got one table of their Roles (Pelaksana dan Role); before, each step carried its
actor's Role. Records whose steps name actors as a sheet does get the table, from the Role each actor
has at its first step, without touching anything else of the record."""

import frappe


def execute():
	names = frappe.get_all(
		"SOP Langkah", {"parenttype": "SOP", "pelaksana_lembar": ("is", "set")}, pluck="parent", distinct=True
	)
	for name in names:
		sop = frappe.get_doc("SOP", name)
		if sop.peta_pelaksana:
			continue
		sop.isi_peta_pelaksana()
		for row in sop.peta_pelaksana:
			row.db_insert()
