"""The DocType an SOP's documents live in, as Jalankan SOP makes or extends it: custom (data, not code),
in the app's module, with the fields every SOP document has (`BIDANG_DASAR`, `BIDANG_AKHIR`), a field
for each step's Output, a naming series of its own, and the permissions each actor needs."""

import re

import frappe
from frappe import _
from frappe.utils import cint, cstr

from sop_kinerja.kata import KATA_SAMBUNG
from sop_kinerja.mesin import sop_ke_workflow, versi
from sop_kinerja.mesin.exceptions import SOPInvalidError
from sop_kinerja.mesin.ruang_kerja import MODULE


def tolak(message: str):
	"""Jalankan SOP refuses: nothing has been written yet."""
	frappe.throw(message, exc=SOPInvalidError, title=_("Cannot Run the SOP"))


# The fields every SOP document has; with the bookkeeping fields the steps need (aturan_langkah.py)
BIDANG_DASAR = [
	{"fieldname": "hal", "fieldtype": "Data", "label": "Hal", "reqd": 1, "in_list_view": 1, "bold": 1},
	{"fieldname": "tanggal", "fieldtype": "Date", "label": "Tanggal", "reqd": 1, "default": "Today"},
	{
		"fieldname": "unit_kerja",
		"fieldtype": "Link",
		"label": "Unit Kerja",
		"options": "Unit Kerja",
		"in_standard_filter": 1,
	},
	{"fieldname": "cb_status", "fieldtype": "Column Break"},
	{
		"fieldname": "workflow_state",
		"fieldtype": "Link",
		"label": "Status Alur",
		"options": "Workflow State",
		"read_only": 1,
		"allow_on_submit": 1,
		"in_standard_filter": 1,
	},
	{
		"fieldname": "langkah_sop",
		"fieldtype": "Int",
		"label": "Langkah SOP",
		"read_only": 1,
		"allow_on_submit": 1,
	},
	{
		"fieldname": "masuk_langkah",
		"fieldtype": "Datetime",
		"label": "Masuk Langkah Ini",
		"read_only": 1,
		"allow_on_submit": 1,
	},
	{
		"fieldname": "versi_sop",
		"fieldtype": "Link",
		"label": "Versi SOP",
		"options": "SOP",
		"read_only": 1,
		"no_copy": 1,
	},
	{"fieldname": "uraian_section", "fieldtype": "Section Break"},
	{"fieldname": "uraian", "fieldtype": "Text Editor", "label": "Uraian"},
	{"fieldname": "lampiran", "fieldtype": "Attach", "label": "Lampiran"},
	{"fieldname": "output_section", "fieldtype": "Section Break", "label": "Output Langkah"},
]


BIDANG_AKHIR = [
	{"fieldname": "catatan_section", "fieldtype": "Section Break", "label": "Catatan Perbaikan"},
	{
		"fieldname": "catatan_perbaikan",
		"fieldtype": "Small Text",
		"label": "Catatan Perbaikan",
		"allow_on_submit": 1,
		"description": "Wajib saat dokumen dikembalikan: apa yang harus diperbaiki",
	},
	{"fieldname": "log_section", "fieldtype": "Section Break", "label": "Log Langkah SOP"},
	{"fieldname": "log_html", "fieldtype": "HTML", "label": "Log Langkah"},
]


HAK_PELAKSANA = {"read": 1, "write": 1, "print": 1, "email": 1, "report": 1, "export": 1}


def nama_doctype(nama_sop: str) -> str:
	"""A DocType name from the SOP's name: letters, digits and spaces, at most 61 characters."""
	name = re.sub(r"[^\w ]+", " ", nama_sop, flags=re.ASCII)
	name = re.sub(r"\s+", " ", name).strip()[:61].strip()
	if name.isupper():  # "PENGADAAN LANGSUNG", as some sheets print it
		name = name.title()
	return name[:1].upper() + name[1:]


def jenis_dokumen(sop) -> tuple[str, bool, bool]:
	"""The DocType of the SOP's documents, whether it is to be made, and whether it is the SOP's own
	(made by Jalankan SOP: custom, in the app's module, governed by no other SOP)."""
	doctype = sop.document_type or nama_doctype(sop.nama_sop)
	if not doctype:
		tolak(_("The SOP's name gives no name for its DocType: set Jenis Dokumen."))
	if not frappe.db.exists("DocType", doctype):
		return doctype, True, True
	info = frappe.db.get_value("DocType", doctype, ["custom", "module", "istable", "issingle"], as_dict=True)
	versi_ini = versi.versi_sop(sop)  # a revision runs the DocType its SOP's versions run
	other = next(
		(n for n in frappe.get_all("SOP", {"document_type": doctype}, pluck="name") if n not in versi_ini),
		None,
	)
	ours = bool(info.custom and info.module == MODULE and not other)
	if not sop.document_type and not ours:
		app = frappe.db.get_value("Module Def", info.module, "app_name") or info.module
		tolak(
			_("The DocType {0} already exists and belongs to {1}: set another Jenis Dokumen.").format(
				frappe.bold(doctype), frappe.bold(_(other) if other else app)
			)
		)
	if info.istable or info.issingle:
		tolak(_("{0} is a child table or a single DocType: it cannot hold documents.").format(doctype))
	return doctype, False, ours


def nama_field(output: str) -> str | None:
	"""The fieldname of the field that holds an Output, in a DocType Jalankan SOP made."""
	name = frappe.scrub(re.sub(r"[^\w ]+", " ", cstr(output), flags=re.ASCII)).strip("_")[:50]
	if name in {df["fieldname"] for df in BIDANG_DASAR + BIDANG_AKHIR} or name in frappe.model.default_fields:
		name = f"output_{name}"[:50]
	return name or None


def bidang_output(langkah: list, meta) -> list[dict]:
	"""One field per Output the steps name (a shared Output is one field), for those the DocType lacks;
	each step's `field_output` names its own."""
	fields, seen = [], set()
	for row in langkah:
		if not row.output or row.field_output:
			continue
		if not (name := nama_field(row.output)):
			continue
		row.field_output = name
		if name in seen or (meta and meta.has_field(name)):
			continue
		seen.add(name)
		fields.append(
			{
				"fieldname": name,
				"fieldtype": "Attach" if row.bentuk_output == "Lampiran" else "Small Text",
				"label": cstr(row.output)[:140],
				"description": _("Output of step {0} ({1})").format(row.no, row.pelaksana),
				"allow_on_submit": 1 if cint(row.doc_status) else 0,
			}
		)
	return fields


def izin(langkah: list, doctype: str, baru: bool) -> list[dict]:
	"""The permission rows the SOP's roles need and lack: each may read and write; the first step's
	actor creates; an actor whose action submits the document, or who acts on it submitted (Frappe
	asks for Submit to save a submitted document), may submit."""
	submits = {
		t["allowed"]
		for t in sop_ke_workflow.workflow_spec(langkah, "")["transitions"]
		if _status_of(langkah, t["state"]) == 0 and _status_of(langkah, t["next_state"]) == 1
	} | {row.pelaksana for row in langkah if cint(row.doc_status)}
	have = set() if baru else _roles_with_access(doctype)
	rows, seen = [], set()
	for row in langkah:
		role = row.pelaksana
		if role in seen or role in have:
			continue
		seen.add(role)
		rows.append(
			{
				"role": role,
				**HAK_PELAKSANA,
				"create": 1 if row is langkah[0] else 0,
				"submit": 1 if role in submits else 0,
			}
		)
	return rows


def _status_of(langkah: list, state: str) -> int:
	row = next((row for row in langkah if row.workflow_state == state), None)
	return cint(row.doc_status) if row else cint(langkah[-1].doc_status)


def _roles_with_access(doctype: str) -> set[str]:
	"""Roles that already have a permission row on the DocType: its customised rows if it has any."""
	custom = frappe.get_all("Custom DocPerm", {"parent": doctype}, pluck="role")
	return set(custom or frappe.get_all("DocPerm", {"parent": doctype}, pluck="role"))


def tambah_bidang(r, made: list):
	"""The new Outputs' fields, after those there and before the correction note."""
	doc = frappe.get_doc("DocType", r.doctype)
	made.append(("restore", doc.as_dict()))
	at = next((i for i, df in enumerate(doc.fields) if df.fieldname == "catatan_section"), len(doc.fields))
	added = [doc.append("fields", df) for df in r.bidang_baru]
	rows = [df for df in doc.fields if df not in added]
	doc.fields = rows[:at] + added + rows[at:]
	for idx, df in enumerate(doc.fields, 1):
		df.idx = idx
	doc.save(ignore_permissions=True)


def unit_bawaan(r):
	"""A document's unit defaults to the SOP's own (for a person restricted to one unit, Frappe puts
	theirs first); the field says so in the DocType the SOP made, whenever the SOP runs."""
	if not r.milik_sop:
		return
	unit = frappe.db.get_value("SOP", r.sop, "unit_kerja")
	field = {"parent": r.doctype, "parenttype": "DocType", "fieldname": "unit_kerja"}
	if frappe.db.get_value("DocField", field, "default") != unit:
		frappe.db.set_value("DocField", field, "default", unit)
		frappe.clear_cache(doctype=r.doctype)


def buat_doctype(r):
	submittable = any(cint(row.doc_status) for row in r.langkah)
	fields = BIDANG_DASAR + r.bidang_baru + BIDANG_AKHIR
	if submittable:
		fields = [
			*fields,
			{
				"fieldname": "amended_from",
				"fieldtype": "Link",
				"label": "Amended From",
				"options": r.doctype,
				"read_only": 1,
				"no_copy": 1,
				"print_hide": 1,
			},
		]
	frappe.get_doc(
		{
			"doctype": "DocType",
			"name": r.doctype,
			"module": MODULE,
			"custom": 1,
			"autoname": f"{kode_seri(r.doctype)}-.YYYY.-.#####",
			"title_field": "hal",
			"show_title_field_in_link": 1,
			"search_fields": "hal,workflow_state",
			"sort_field": "modified",
			"sort_order": "DESC",
			"track_changes": 1,
			"is_submittable": submittable,
			"fields": fields,
			"permissions": [
				{
					"role": "System Manager",
					**HAK_PELAKSANA,
					"create": 1,
					"delete": 1,
					"share": 1,
					"submit": submittable,
					"cancel": submittable,
					"amend": submittable,
				},
				*r.izin_baru,
			],
		}
	).insert(ignore_permissions=True)


def kode_seri(doctype: str) -> str:
	"""The naming series' prefix: the name's initials ("Pengajuan Cuti Pegawai" → "PCP"), made unique
	so two SOPs never count the same numbers."""
	words = [w for w in re.split(r"\W+", doctype) if w and w.lower() not in KATA_SAMBUNG]
	base = "".join(w[0] for w in words).upper()[:6] or "SOP"
	used = {
		cstr(prefix).split("-")[0]
		for prefix in frappe.get_all("DocType", {"autoname": ("like", "%-.YYYY.-%")}, pluck="autoname")
	}
	code, n = base, 2
	while code in used:
		code, n = f"{base}{n}", n + 1
	return code


def izinkan(doctype: str, rows: list[dict]):
	"""Permission rows for roles an existing DocType has none for, added as the Role Permission Manager
	adds them (Custom DocPerm, which keeps the rows an admin customised)."""
	from frappe.permissions import add_permission, update_permission_property

	for row in rows:
		add_permission(doctype, row["role"], 0)
		for ptype in ("write", "print", "email", "report", "export", "create", "submit"):
			if row.get(ptype):
				update_permission_property(doctype, row["role"], 0, ptype, 1, validate=False)
