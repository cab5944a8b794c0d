"""Keterkaitan: the related SOPs an SOP AP sheet names, as links between SOP records.

A sheet names related SOPs as text ("SOP Pengumpulan Data Kinerja"). Each name links to the record of
that SOP where one exists, matched however the sheet wrote it (case, punctuation and a leading "SOP"
aside), when the SOP is saved (or imported), and again for every SOP that named it when a new SOP
arrives. Names without a record stay as text, listed on the form under the map of the unit's SOPs.
"""

import re

import frappe
from frappe import _

from sop_kinerja.mesin.exceptions import SOPInvalidError


def kunci_sop(nama: str | None) -> str:
	"""An SOP's name as a key: case, punctuation and a leading "SOP" aside."""
	kata = re.sub(r"[^a-z0-9]+", " ", (nama or "").lower()).split()
	return " ".join(kata[1:] if kata[:1] == ["sop"] else kata)


def isi_tautan(sop):
	"""Each related SOP named links to its record where one exists; an SOP is not related to itself."""
	records = None
	for row in sop.keterkaitan:
		if not row.nama_sop and row.sop:
			row.nama_sop = row.sop
		if row.sop == sop.name or kunci_sop(row.nama_sop) == kunci_sop(sop.nama_sop):
			frappe.throw(
				_("Keterkaitan row {0}: an SOP cannot be related to itself.").format(row.idx),
				exc=SOPInvalidError,
				title=_("Keterkaitan Loop"),
			)
		if not row.sop:
			if records is None:
				records = {
					kunci_sop(r.nama_sop): r.name for r in frappe.get_all("SOP", fields=["name", "nama_sop"])
				}
			row.sop = records.get(kunci_sop(row.nama_sop))


def hubungkan(sop):
	"""Other SOPs that name this one as related now link to it."""
	mine = kunci_sop(sop.nama_sop)
	for row in frappe.get_all(
		"SOP Keterkaitan",
		{"sop": ("is", "not set"), "parenttype": "SOP", "parent": ("!=", sop.name)},
		["name", "nama_sop"],
	):
		if kunci_sop(row.nama_sop) == mine:
			frappe.db.set_value("SOP Keterkaitan", row.name, "sop", sop.name, update_modified=False)


@frappe.whitelist()
def peta(name: str) -> dict:
	"""The map the SOP form draws: the SOPs of its unit the user may read, the links between them, and
	the related SOPs this one names that have no record yet."""
	sop = frappe.get_doc("SOP", name)
	sop.check_permission("read")
	filters = {"unit_kerja": sop.unit_kerja} if sop.unit_kerja else {}
	nodes = {r.name: r for r in frappe.get_list("SOP", filters=filters, fields=["name", "nama_sop", "aktif"])}
	nodes.setdefault(sop.name, frappe._dict(name=sop.name, nama_sop=sop.nama_sop, aktif=sop.aktif))
	edges = frappe.get_all(
		"SOP Keterkaitan",
		{"parenttype": "SOP", "parent": ("in", list(nodes)), "sop": ("is", "set")},
		["parent", "sop"],
	)
	for edge in edges:  # a linked SOP of another unit is on the map when the user may read it
		if edge.sop not in nodes and frappe.has_permission("SOP", "read", edge.sop):
			nodes[edge.sop] = frappe.db.get_value(
				"SOP", edge.sop, ["name", "nama_sop", "aktif"], as_dict=True
			)
	return {
		"nodes": list(nodes.values()),
		"edges": [[edge.parent, edge.sop] for edge in edges if edge.sop in nodes],
		"tanpa_rekaman": [row.nama_sop for row in sop.keterkaitan if not row.sop],
	}
