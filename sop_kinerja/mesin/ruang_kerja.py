"""The SOP Kinerja workspace, made from the SOP records: for each DocType an active record governs, its
shortcut, a number card of its documents under way and one per step (documents waiting there).

Made when Jalankan SOP runs a record, at install and after every migrate (a workspace synced from the
app's files has lost these rows), and again when a record's steps change: a card follows its step's
workflow state, a card of a step the record no longer has is removed. The shipped workspace itself
holds only what is no SOP's (the overdue card, the chart, the report).

Written as rows, not by saving the workspace, which in developer mode would export it into the app's
files. What is made is appended to `made` (Jalankan SOP takes it back if a later part fails).
"""

import json

import frappe
import frappe.utils
from frappe import _

from sop_kinerja.mesin import mutu_baku

RUANG_KERJA = "SOP Kinerja"
MODULE = "SOP Kinerja"


def filter_berjalan(doctype: str, status_akhir: str) -> list:
	return [[doctype, "workflow_state", "!=", status_akhir, False], [doctype, "docstatus", "!=", "2", False]]


def filter_langkah(doctype: str, state: str) -> list:
	return [[doctype, "workflow_state", "=", state, False]]


def kartu(doctype: str, langkah: list | None = None, status_akhir: str | None = None) -> list[dict]:
	"""The cards an SOP's steps ask for, in order: under way, then each step. Without steps given, those
	of the DocType's active SOP record."""
	if langkah is None:
		sop = frappe.db.get_value(
			"SOP", {"document_type": doctype, "aktif": 1}, ["name", "status_akhir"], as_dict=True
		)
		if not sop:
			return []
		langkah, status_akhir = mutu_baku.langkah_sop(sop.name), sop.status_akhir
	# the cards are the site's records: labelled in the site's language, whoever runs this
	lang = frappe.db.get_single_value("System Settings", "language") or "en"
	cards = []
	if status_akhir:
		cards.append(
			{
				"label": _("{0} Under Way", lang=lang).format(doctype),
				"filters": filter_berjalan(doctype, status_akhir),
			}
		)
	for row in langkah:
		if row.get("workflow_state"):
			cards.append(
				{
					"label": _("Langkah {0} - {1}", lang=lang).format(
						row.get("no"), row.get("workflow_state")
					),
					"filters": filter_langkah(doctype, row.get("workflow_state")),
				}
			)
	return cards


def yang_kurang(doctype: str, langkah: list, status_akhir: str) -> list[str]:
	"""What the workspace lacks for this DocType to run these steps: its shortcut, its cards (for Jalankan
	SOP's preview)."""
	if not frappe.db.exists("Workspace", RUANG_KERJA):
		return []
	found = []
	if not frappe.db.exists("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype}):
		found.append("shortcut")
	if any(not _kartu_ada(doctype, card["filters"]) for card in kartu(doctype, langkah, status_akhir)):
		found.append("number_card")
	return found


def _kartu_ada(doctype: str, filters: list) -> str | None:
	return frappe.db.get_value(
		"Number Card",
		{"document_type": doctype, "type": "Document Type", "filters_json": json.dumps(filters)},
	)


def pasang(doctype: str, made: list | None = None):
	"""The DocType's shortcut and cards, those missing added, those of steps gone removed."""
	if not frappe.db.exists("Workspace", RUANG_KERJA):
		return
	content = json.loads(frappe.db.get_value("Workspace", RUANG_KERJA, "content") or "[]")
	before = json.dumps(content)
	if not frappe.db.exists("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype}):
		_row(
			"Workspace Shortcut", "shortcuts", {"label": doctype, "link_to": doctype, "type": "DocType"}, made
		)
		content.append(_blok("shortcut", {"shortcut_name": doctype, "col": 3}))
	wanted = kartu(doctype)
	judul = f'<span class="h5"><b>{frappe.utils.escape_html(doctype)}</b></span>'
	baru = []  # the DocType's own blocks, placed after the workspace's charts
	if wanted and not any(b.get("data", {}).get("text") == judul for b in content):
		baru.append(_blok("header", {"text": judul, "col": 12}))
	for i, card in enumerate(wanted):
		name = _kartu_ada(doctype, card["filters"])
		if not name:
			name = _kartu_baru(doctype, card, made)
		if not frappe.db.exists("Workspace Number Card", {"parent": RUANG_KERJA, "number_card_name": name}):
			_row("Workspace Number Card", "number_cards", {"label": name, "number_card_name": name}, made)
		if not any(b.get("data", {}).get("number_card_name") == name for b in content):
			baru.append(_blok("number_card", {"number_card_name": name, "col": 6 if i == 0 else 4}))
	if baru:
		di = _setelah(content, judul)
		content[di:di] = baru
	content = _tanpa_kartu_usang(doctype, wanted, content, made)
	if json.dumps(content) != before:
		if made is not None:
			made.append(("content", RUANG_KERJA, before))
		frappe.db.set_value("Workspace", RUANG_KERJA, "content", json.dumps(content), update_modified=False)


def pasang_semua():
	"""Every governed DocType's items: after install and every migrate."""
	for doctype in frappe.get_all(
		"SOP", {"aktif": 1, "document_type": ("is", "set")}, pluck="document_type", distinct=True
	):
		if frappe.db.exists("DocType", doctype):
			pasang(doctype)


def _kartu_baru(doctype: str, card: dict, made: list | None) -> str:
	doc = frappe.get_doc(
		{
			"doctype": "Number Card",
			"label": card["label"][:100],
			"document_type": doctype,
			"function": "Count",
			"type": "Document Type",
			"is_public": 1,
			"is_standard": 0,
			"module": MODULE,
			"filters_json": json.dumps(card["filters"]),
			"color": "#5e64ff",
		}
	).insert(ignore_permissions=True)
	if made is not None:
		made.append(("new", "Number Card", doc.name))
	return doc.name


def _tanpa_kartu_usang(doctype: str, wanted: list[dict], content: list, made: list | None) -> list:
	"""Cards this module made for the DocType whose step the record no longer has: removed."""
	keep = {json.dumps(card["filters"]) for card in wanted}
	for name, filters in frappe.get_all(
		"Number Card",
		{"document_type": doctype, "type": "Document Type", "module": MODULE, "is_standard": 0},
		["name", "filters_json"],
		as_list=True,
	):
		if filters in keep or '"workflow_state"' not in (filters or ""):
			continue
		frappe.db.delete("Workspace Number Card", {"parent": RUANG_KERJA, "number_card_name": name})
		frappe.delete_doc("Number Card", name, force=True, ignore_permissions=True)
		content = [b for b in content if b.get("data", {}).get("number_card_name") != name]
	return content


def _setelah(content: list, judul: str) -> int:
	"""Where a DocType's new blocks go: after its own header and cards if it has some, else after the
	workspace's charts (before its shortcuts and links), else at the end."""
	di = next((i for i, b in enumerate(content) if b.get("data", {}).get("text") == judul), None)
	if di is not None:
		i = di + 1
		while i < len(content) and content[i]["type"] == "number_card":
			i += 1
		return i
	charts = [i for i, b in enumerate(content) if b["type"] == "chart"]
	return charts[-1] + 1 if charts else len(content)


def _blok(jenis: str, data: dict) -> dict:
	return {"id": frappe.generate_hash(length=10), "type": jenis, "data": data}


def _row(doctype: str, parentfield: str, values: dict, made: list | None):
	idx = frappe.db.count(doctype, {"parent": RUANG_KERJA, "parentfield": parentfield}) + 1
	row = frappe.get_doc(
		{
			"doctype": doctype,
			"parent": RUANG_KERJA,
			"parenttype": "Workspace",
			"parentfield": parentfield,
			"idx": idx,
			**values,
		}
	)
	row.db_insert()
	if made is not None:
		made.append(("row", doctype, row.name))
