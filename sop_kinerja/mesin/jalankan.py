"""Jalankan SOP: an SOP record put to work without code, in the desk or from the command line.

`rencana` works out, without writing anything, all that running the SOP needs: the preview the admin
confirms. `jalankan` makes it, all or nothing:
- a Role for each actor the admin maps to no existing role (named as the sheet names the actor);
- what a typed or imported record may still lack for running: each step's workflow state, action and
  document status, a decision's send-back action, the final state, the fields that hold each Output;
- a DocType for the SOP's documents if it names none: custom, that is data and not code, in the app's
  module, with the fields every SOP document needs (`BIDANG_DASAR`) and one per step Output;
- the DocType's permissions per role;
- the Workflow, through the SOP's own generator (sop_ke_workflow.py);
- a shortcut and a number card in the workspace.
The document then follows its steps as every governed document does (aturan_langkah.py, keluaran.py,
mutu_baku.py).

Run again after the SOP changed, it adds what is new and keeps what an admin changed since: a field,
a permission row or a workspace item that exists is left as it is, and the Workflow keeps the
settings of its rows. Nothing is removed that may hold data: a field stays when its step goes, and a
removed step's state stays in the Workflow, with a way on, while documents wait in it.

If anything fails midway, what was made is taken back. MariaDB commits by itself at each CREATE or
ALTER TABLE, so a rollback alone would leave the DocType and the roles made before it: each thing
made is undone explicitly, and each thing changed is put back as it was.
"""

import json
import re
from dataclasses import dataclass, field

import frappe
from frappe import _
from frappe.utils import cint, cstr

from sop_kinerja.mesin import mutu_baku, sop_ke_workflow, surel
from sop_kinerja.mesin.exceptions import SOPInvalidError
from sop_kinerja.mesin.sop_ke_workflow import KEMBALIKAN
from sop_kinerja.mesin.workflow import ROLE_TERLARANG
from sop_kinerja.sop_kinerja.doctype.sop.sop import change_labels

MODULE = "SOP Kinerja"
RUANG_KERJA = "SOP Kinerja"
# Roles every user has, or only one: never an SOP actor's
STATUS_AKHIR = "Selesai"
TERUSKAN = "Teruskan"
SETUJUI = "Setujui"
SELESAIKAN = "Selesaikan"

# The fields every SOP document has; with the bookkeeping fields the steps need (aturan_langkah.py)
BIDANG_DASAR = [
	{"fieldname": "hal", "fieldtype": "Data", "label": "Hal", "reqd": 1, "in_list_view": 1, "bold": 1},
	{"fieldname": "tanggal", "fieldtype": "Date", "label": "Tanggal", "reqd": 1, "default": "Today"},
	{"fieldname": "unit_kerja", "fieldtype": "Link", "label": "Unit Kerja", "options": "Unit Kerja"},
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
# Words a state's name does not end on ("Mengajukan permohonan kepada" → "Mengajukan permohonan")
KATA_SAMBUNG = ("dan", "serta", "untuk", "kepada", "yang", "dengan", "ke", "di", "dari", "atau")
HAK_PELAKSANA = {"read": 1, "write": 1, "print": 1, "email": 1, "report": 1, "export": 1}


@dataclass
class Rencana:
	"""What running an SOP makes or changes; `langkah` and `status_akhir` are the SOP as it will run."""

	sop: str
	doctype: str
	doctype_baru: bool
	milik_sop: bool  # a DocType Jalankan SOP made (or makes now): its fields are the SOP's to add
	peran: dict[str, str]
	peran_baru: list[str]
	langkah: list[dict]
	status_akhir: str
	bidang_baru: list[dict] = field(default_factory=list)
	izin_baru: list[dict] = field(default_factory=list)
	alur: list = field(default_factory=list)
	spec: dict = field(default_factory=dict)
	tertahan: dict[str, int] = field(default_factory=dict)
	ruang_kerja: list[str] = field(default_factory=list)
	tanpa_output: list[int] = field(default_factory=list)


def _tolak(message: str):
	frappe.throw(message, exc=SOPInvalidError, title=_("Cannot Run the SOP"))


def pelaku(row) -> str:
	"""A step's actor as the SOP names it: the sheet's name for an imported step, else its Role."""
	return cstr(row.get("pelaksana_lembar") or row.get("pelaksana")).strip()


def rencana(nama_sop: str, peran: dict | None = None) -> Rencana:
	"""Everything running the SOP makes or changes, worked out without writing anything."""
	if "System Manager" not in frappe.get_roles():
		frappe.throw(
			_("Only a System Manager may run an SOP."), frappe.PermissionError, title=_("Not Permitted")
		)
	sop = frappe.get_doc("SOP", nama_sop)
	periksa_langkah(sop)
	peta, peran_baru = petakan_role(sop, peran or {})
	doctype, baru, milik = jenis_dokumen(sop)

	langkah = [row.as_dict() for row in sorted(sop.langkah, key=lambda row: row.no)]
	isi_workflow(langkah, peta)
	status_akhir = sop.status_akhir or STATUS_AKHIR
	if status_akhir in {row.workflow_state for row in langkah}:
		_tolak(_("The final state {0} is also the state of a step.").format(frappe.bold(status_akhir)))
	r = Rencana(sop.name, doctype, baru, milik, peta, peran_baru, langkah, status_akhir)

	meta = None if baru else frappe.get_meta(doctype)
	if milik:
		r.bidang_baru = bidang_output(langkah, meta)
	r.tanpa_output = [row.no for row in langkah if row.output and not row.field_output]
	r.izin_baru = izin(langkah, doctype, baru)

	workflow_name = sop.workflow or sop.nama_sop
	old = frappe.get_doc("Workflow", workflow_name) if frappe.db.exists("Workflow", workflow_name) else None
	if old and old.document_type != doctype:
		_tolak(
			_("Workflow {0} belongs to {1}, not to {2}.").format(
				frappe.bold(workflow_name), frappe.bold(old.document_type), frappe.bold(doctype)
			)
		)
	spec = sop_ke_workflow.workflow_spec(langkah, status_akhir)
	if old and not baru:
		dropped = {row.state for row in old.states} - {row["state"] for row in spec["states"]}
		r.tertahan = {
			state: n
			for state in sorted(dropped)
			if (n := frappe.db.count(doctype, {old.workflow_state_field: state, "docstatus": ("<", 2)}))
		}
		spec = sop_ke_workflow.keep_waiting(spec, old, set(r.tertahan))
	r.spec = spec
	r.alur = sop_ke_workflow.changes(spec, old)
	r.ruang_kerja = ruang_kerja_baru(doctype)
	return r


def periksa_langkah(sop):
	"""What an SOP must say before it can run; each is refused plainly, before anything is written."""
	if not sop.langkah:
		_tolak(_("The SOP {0} has no steps.").format(frappe.bold(sop.name)))
	numbers = [row.no for row in sop.langkah]
	if repeated := sorted({n for n in numbers if numbers.count(n) > 1}):
		_tolak(_("Two steps have the same number: {0}.").format(", ".join(map(str, repeated))))
	if sorted(numbers) != list(range(1, len(numbers) + 1)):
		_tolak(
			_("Number the steps 1 to {0} without gaps. Found: {1}").format(
				len(numbers), ", ".join(map(str, sorted(numbers)))
			)
		)
	for row in sop.langkah:
		target = cint(row.tidak_setuju_ke)
		if row.keputusan and not target:
			_tolak(_("Step {0} is a decision but names no step to go back to if not agreed.").format(row.no))
		if target and not 1 <= target < row.no:
			_tolak(
				_("Step {0}: 'tidak setuju' goes to step {1}; it must go back to an earlier step.").format(
					row.no, target
				)
			)
		if not pelaku(row):
			_tolak(_("Step {0} names no actor (Pelaksana).").format(row.no))


def petakan_role(sop, peran: dict) -> tuple[dict[str, str], list[str]]:
	"""Each actor's Role: the admin's choice, else the step's Role, else the Role of that name, else a
	new Role of that name. An empty choice means a new Role; a choice that is no Role is refused."""
	roles = {name.lower(): name for name in frappe.get_all("Role", pluck="name")}
	peta, baru = {}, []
	for row in sorted(sop.langkah, key=lambda row: row.no):
		actor = pelaku(row)
		if actor in peta:
			continue
		if actor in peran:
			role = cstr(peran[actor]).strip() or actor
		else:
			role = row.pelaksana or roles.get(actor.lower()) or actor
		if role.lower() in (r.lower() for r in ROLE_TERLARANG):
			_tolak(
				_("{0} cannot act for {1}: choose a role that only the SOP's actors hold.").format(
					frappe.bold(role), frappe.bold(actor)
				)
			)
		if role.lower() not in roles:
			if role != actor:
				_tolak(_("There is no Role named {0} for {1}.").format(frappe.bold(role), frappe.bold(actor)))
			if len(role) > 100:
				_tolak(_("The actor's name {0} is too long for a Role.").format(frappe.bold(role[:100])))
			baru.append(role)
		else:
			role = roles[role.lower()]
		peta[actor] = role
	return peta, baru


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
		_tolak(_("The SOP's name gives no name for its DocType: set Jenis Dokumen."))
	if not frappe.db.exists("DocType", doctype):
		return doctype, True, True
	info = frappe.db.get_value("DocType", doctype, ["custom", "module", "istable", "issingle"], as_dict=True)
	other = frappe.db.get_value("SOP", {"document_type": doctype, "name": ("!=", sop.name)})
	ours = bool(info.custom and info.module == MODULE and not other)
	if not sop.document_type and not ours:
		app = frappe.db.get_value("Module Def", info.module, "app_name") or info.module
		_tolak(
			_("The DocType {0} already exists and belongs to {1}: set another Jenis Dokumen.").format(
				frappe.bold(doctype), frappe.bold(_(other) if other else app)
			)
		)
	if info.istable or info.issingle:
		_tolak(_("{0} is a child table or a single DocType: it cannot hold documents.").format(doctype))
	return doctype, False, ours


def _state_name(row, taken: set[str]) -> str:
	"""A state's name from the step's activity: its first words, as the sheet words it."""
	clause = re.split(r"[;,.:(]", cstr(row.kegiatan))[0]
	words = re.sub(r"[^\w ]+", " ", clause).split()[:4]
	while len(words) > 1 and len(" ".join(words)) > 40:
		words.pop()
	while len(words) > 1 and words[-1].lower() in KATA_SAMBUNG:
		words.pop()
	name = " ".join(words) or _("Step {0}").format(row.no)
	name = name[:1].upper() + name[1:]
	unique, n = name, 2
	while unique in taken:
		unique, n = f"{name} ({n})", n + 1
	taken.add(unique)
	return unique


def isi_workflow(langkah: list, peta: dict):
	"""What running needs that a typed or imported record may lack, filled in as an admin would."""
	taken = {row.workflow_state for row in langkah if row.workflow_state}
	for i, row in enumerate(langkah):
		row.pelaksana = peta[pelaku(row)]
		row.workflow_state = row.workflow_state or _state_name(row, taken)
		if cint(row.tidak_setuju_ke):
			row.keputusan = 1
			row.aksi_tidak_setuju = row.aksi_tidak_setuju or KEMBALIKAN
		last = i == len(langkah) - 1
		row.aksi = row.aksi or (SETUJUI if row.keputusan else SELESAIKAN if last else TERUSKAN)
		# a submitted document stays submitted: the steps after one that submits work on it submitted
		row.doc_status = str(max(cint(row.doc_status), cint(langkah[i - 1].doc_status) if i else 0))
	by_no = {row.no: row for row in langkah}
	for row in langkah:
		target = by_no.get(cint(row.tidak_setuju_ke))
		if target and cint(target.doc_status) < cint(row.doc_status):
			_tolak(
				_(
					"Step {0} sends the document back to step {1}, before it was submitted: a submitted document cannot become a draft again."
				).format(row.no, target.no)
			)


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


def ruang_kerja_baru(doctype: str) -> list[str]:
	"""What the workspace lacks for this DocType: its shortcut, its number card."""
	if not frappe.db.exists("Workspace", RUANG_KERJA):
		return []
	found = []
	if not frappe.db.exists("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype}):
		found.append("shortcut")
	if not frappe.db.exists("Number Card", {"document_type": doctype}):
		found.append("number_card")
	return found


@frappe.whitelist()
def preview_jalankan(nama_sop: str, peran: str | dict | None = None) -> dict:
	"""The preview, worded for the admin: what running the SOP makes or changes."""
	r = rencana(nama_sop, _roles(peran))
	items = [_("Role {0}: make it").format(role) for role in r.peran_baru]
	if r.doctype_baru:
		items.append(
			_("DocType {0}: make it, with {1} fields for the Outputs").format(r.doctype, len(r.bidang_baru))
		)
	elif r.bidang_baru:
		items.append(
			_("DocType {0}: add the fields {1}").format(
				r.doctype, ", ".join(df["label"] for df in r.bidang_baru)
			)
		)
	for row in r.izin_baru:
		rights = [_(k.title()) for k in ("read", "write", "create", "submit") if row.get(k)]
		items.append(_("Permission for {0} on {1}: {2}").format(row["role"], r.doctype, ", ".join(rights)))
	labels = change_labels()
	items += [f"{labels[c.kind]}: {c.subject}" + (f" ({c.detail})" if c.detail else "") for c in r.alur]
	for state, n in r.tertahan.items():
		items.append(
			_("State {0} stays while {1} documents wait in it: its step was removed from the SOP").format(
				state, n
			)
		)
	if "shortcut" in r.ruang_kerja:
		items.append(_("Workspace {0}: a shortcut to {1}").format(RUANG_KERJA, r.doctype))
	if "number_card" in r.ruang_kerja:
		items.append(_("Workspace {0}: a number card of {1} under way").format(RUANG_KERJA, r.doctype))
	warnings = [
		_("Step {0}: its Output is held in no field, so it is not enforced.").format(no)
		for no in r.tanpa_output
	]
	return {
		"doctype": r.doctype,
		"doctype_baru": r.doctype_baru,
		"peran": r.peran,
		"peran_baru": r.peran_baru,
		"items": items,
		"warnings": warnings,
	}


def _roles(peran) -> dict:
	if isinstance(peran, str):
		peran = json.loads(peran or "{}")
	return dict(peran or {})


@frappe.whitelist(methods=["POST"])
def jalankan(nama_sop: str, peran: str | dict | None = None) -> str:
	"""Make everything the preview lists, all or nothing; returns the DocType's name."""
	r = rencana(nama_sop, _roles(peran))
	made = []  # what to take back if a later part fails, newest last
	try:
		buat(r, made)
		frappe.db.commit()
	except Exception:
		frappe.db.rollback()
		ambil_kembali(made)
		frappe.db.commit()
		raise
	return r.doctype


def buat(r: Rencana, made: list):
	sop = frappe.get_doc("SOP", r.sop)
	made.append(("restore", sop.as_dict()))
	for role in r.peran_baru:
		frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert(
			ignore_permissions=True
		)
		made.append(("new", "Role", role))

	if r.doctype_baru:
		buat_doctype(r)
		made.append(("new", "DocType", r.doctype))
	elif r.bidang_baru:
		tambah_bidang(r, made)
	if not r.doctype_baru and r.izin_baru:
		izinkan(r.doctype, r.izin_baru)

	by_no = {row.no: row for row in r.langkah}
	for row in sop.langkah:
		filled = by_no[row.no]
		for key in (
			"pelaksana",
			"workflow_state",
			"aksi",
			"aksi_tidak_setuju",
			"keputusan",
			"doc_status",
			"field_output",
		):
			row.set(key, filled.get(key))
	sop.document_type = r.doctype
	sop.status_akhir = r.status_akhir
	sop.aktif = 1
	sop.save(ignore_permissions=True)

	old = sop.get_workflow()
	made.append(("restore", old.as_dict()) if old else ("new", "Workflow", sop.workflow_name()))
	workflow = sop.make_workflow(r.spec)
	# a new workflow e-mails as the others do once the site sends mail; one an admin turned off stays off
	if not old and surel.outgoing_account_exists():
		surel.turn_on_workflow_emails([workflow.name])
	pasang_di_ruang_kerja(r.doctype, sop.status_akhir, made)
	mutu_baku.clear_cache()


def tambah_bidang(r: Rencana, made: list):
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


def buat_doctype(r: Rencana):
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
	words = [
		w for w in re.split(r"\W+", doctype) if w and w.lower() not in ("dan", "atau", "di", "ke", "dari")
	]
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


def pasang_di_ruang_kerja(doctype: str, status_akhir: str, made: list | None = None):
	"""The DocType's shortcut and its number card of documents under way, in the workspace, unless
	there. Written as rows, not by saving the workspace, which in developer mode would export it into
	the app's files."""
	if not (missing := ruang_kerja_baru(doctype)):
		return
	content = json.loads(frappe.db.get_value("Workspace", RUANG_KERJA, "content") or "[]")
	blocks = []
	if "shortcut" in missing:
		_row(
			"Workspace Shortcut", "shortcuts", {"label": doctype, "link_to": doctype, "type": "DocType"}, made
		)
		blocks.append({"type": "shortcut", "data": {"shortcut_name": doctype, "col": 3}})
	if "number_card" in missing:
		card = frappe.get_doc(
			{
				"doctype": "Number Card",
				"label": _("{0} Under Way").format(doctype)[:100],
				"document_type": doctype,
				"function": "Count",
				"type": "Document Type",
				"is_public": 1,
				"is_standard": 0,
				"module": MODULE,
				"filters_json": json.dumps(
					[
						[doctype, "workflow_state", "!=", status_akhir, False],
						[doctype, "docstatus", "!=", "2", False],
					]
				),
				"color": "#5e64ff",
			}
		).insert(ignore_permissions=True)
		if made is not None:
			made.append(("new", "Number Card", card.name))
		_row(
			"Workspace Number Card", "number_cards", {"label": card.name, "number_card_name": card.name}, made
		)
		blocks.append({"type": "number_card", "data": {"number_card_name": card.name, "col": 4}})
	if blocks:
		if made is not None:
			made.append(("content", RUANG_KERJA, json.dumps(content)))
		content += [{"id": frappe.generate_hash(length=10), **block} for block in blocks]
		frappe.db.set_value("Workspace", RUANG_KERJA, "content", json.dumps(content), update_modified=False)


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


def pasang_semua():
	"""After migrate: a workspace synced from the app's files has lost the rows added for the SOPs'
	DocTypes; put them back."""
	for sop in frappe.get_all(
		"SOP", {"aktif": 1, "document_type": ("is", "set")}, ["document_type", "status_akhir"]
	):
		if frappe.db.get_value("DocType", sop.document_type, "custom"):
			pasang_di_ruang_kerja(sop.document_type, sop.status_akhir or STATUS_AKHIR)


def ambil_kembali(made: list):
	"""Undo what `buat` made, newest first: what exists is deleted, what changed is put back."""
	for entry in reversed(made):
		try:
			if entry[0] == "new" and frappe.db.exists(entry[1], entry[2]):
				frappe.delete_doc(
					entry[1], entry[2], force=True, ignore_permissions=True, delete_permanently=True
				)
				if entry[1] == "DocType":
					# Frappe keeps a deleted DocType's table (bench trim-tables drops such tables)
					frappe.db.sql_ddl(f"DROP TABLE IF EXISTS `tab{entry[2]}`")
			elif entry[0] == "row":
				frappe.db.delete(entry[1], {"name": entry[2]})
			elif entry[0] == "content":
				frappe.db.set_value("Workspace", entry[1], "content", entry[2], update_modified=False)
			elif entry[0] == "restore":
				_put_back(entry[1])
		except Exception:
			frappe.log_error(title=_("Jalankan SOP: could not take back {0}").format(entry[1:3]))
	frappe.clear_cache()


def _put_back(saved: dict):
	"""A record as it was before `buat` changed it, if it was changed."""
	doctype, name = saved["doctype"], saved["name"]
	if not frappe.db.exists(doctype, name):
		return
	current = frappe.get_doc(doctype, name)
	if str(current.modified) == str(saved["modified"]):
		return
	restored = frappe.get_doc(saved)
	restored.modified = current.modified
	restored.flags.ignore_links = True
	restored.save(ignore_permissions=True)
