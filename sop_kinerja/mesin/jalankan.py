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
- the workspace's shortcut and number cards (ruang_kerja.py).
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

from sop_kinerja.kata import KATA_SAMBUNG
from sop_kinerja.mesin import mutu_baku, ruang_kerja, sop_ke_workflow, surel, versi
from sop_kinerja.mesin.doctype_sop import (
	bidang_output,
	buat_doctype,
	izin,
	izinkan,
	jenis_dokumen,
	tambah_bidang,
	tolak,
	unit_bawaan,
)
from sop_kinerja.mesin.ruang_kerja import MODULE, RUANG_KERJA
from sop_kinerja.mesin.sop_ke_workflow import aksi_tidak
from sop_kinerja.mesin.workflow import ROLE_TERLARANG
from sop_kinerja.sop_kinerja.doctype.sop.sop import change_labels

STATUS_AKHIR = "Selesai"
TERUSKAN = "Teruskan"
SETUJUI = "Setujui"
SELESAIKAN = "Selesaikan"


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


def pelaku(row) -> str:
	"""A step's actor as the SOP names it: the sheet's name for an imported step, else its Role."""
	return cstr(row.get("pelaksana_lembar") or row.get("pelaksana")).strip()


def rencana(nama_sop: str, peran: dict | None = None) -> Rencana:
	"""Everything running the SOP makes or changes, worked out without writing anything."""
	frappe.only_for("System Manager")
	sop = frappe.get_doc("SOP", nama_sop)
	sop.check_permission("write")  # a unit's admin, limited to the unit, runs the unit's SOPs alone
	if sop.status != versi.BERLAKU:  # a revision only once ratified, on its day, replacing its SOP's
		versi.mulai_berlaku(sop, sop.status, mengganti=bool(sop.versi_dari))
	periksa_langkah(sop)
	peta, peran_baru = petakan_role(sop, peran or {})
	doctype, baru, milik = jenis_dokumen(sop)

	langkah = [row.as_dict() for row in sorted(sop.langkah, key=lambda row: row.no)]
	isi_workflow(langkah, peta)
	status_akhir = sop.status_akhir or STATUS_AKHIR
	if status_akhir in {row.workflow_state for row in langkah}:
		tolak(_("The final state {0} is also the state of a step.").format(frappe.bold(status_akhir)))
	r = Rencana(sop.name, doctype, baru, milik, peta, peran_baru, langkah, status_akhir)

	meta = None if baru else frappe.get_meta(doctype)
	if milik:
		r.bidang_baru = bidang_output(langkah, meta)
	r.tanpa_output = [row.no for row in langkah if row.output and not row.field_output]
	r.izin_baru = izin(langkah, doctype, baru)

	workflow_name = sop.workflow or sop.nama_sop
	old = frappe.get_doc("Workflow", workflow_name) if frappe.db.exists("Workflow", workflow_name) else None
	if old and old.document_type != doctype:
		tolak(
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
	r.ruang_kerja = ruang_kerja.yang_kurang(doctype, r.langkah, r.status_akhir)
	return r


def periksa_langkah(sop):
	"""What an SOP must say before it can run; each is refused plainly, before anything is written."""
	if not sop.langkah:
		tolak(_("The SOP {0} has no steps.").format(frappe.bold(sop.name)))
	sop.validate_nomor_langkah()
	for row in sop.langkah:
		if row.keputusan and not cint(row.tidak_setuju_ke) and not cint(row.setuju_ke):
			tolak(_("Step {0} is a decision but names no step to go to if not agreed.").format(row.no))
		if not pelaku(row):
			tolak(_("Step {0} names no actor (Pelaksana).").format(row.no))


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
			tolak(
				_("{0} cannot act for {1}: choose a role that only the SOP's actors hold.").format(
					frappe.bold(role), frappe.bold(actor)
				)
			)
		if role.lower() not in roles:
			if role != actor:
				tolak(_("There is no Role named {0} for {1}.").format(frappe.bold(role), frappe.bold(actor)))
			if len(role) > 100:
				tolak(_("The actor's name {0} is too long for a Role.").format(frappe.bold(role[:100])))
			baru.append(role)
		else:
			role = roles[role.lower()]
		peta[actor] = role
	return peta, baru


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
		if cint(row.tidak_setuju_ke) or cint(row.setuju_ke):
			row.keputusan = 1
			row.aksi_tidak_setuju = row.aksi_tidak_setuju or aksi_tidak(row)
		last = i == len(langkah) - 1
		row.aksi = row.aksi or (SETUJUI if row.keputusan else SELESAIKAN if last else TERUSKAN)
		# a submitted document stays submitted: the steps after one that submits work on it submitted
		row.doc_status = str(max(cint(row.doc_status), cint(langkah[i - 1].doc_status) if i else 0))
	by_no = {row.no: row for row in langkah}
	for row in langkah:
		target = by_no.get(cint(row.tidak_setuju_ke))
		if target and cint(target.doc_status) < cint(row.doc_status):
			tolak(
				_(
					"Step {0} sends the document back to step {1}, before it was submitted: a submitted document cannot become a draft again."
				).format(row.no, target.no)
			)


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
		items.append(
			_("Workspace {0}: number cards of {1}, under way and per step").format(RUANG_KERJA, r.doctype)
		)
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
	unit_bawaan(r)

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
	for row in sop.peta_pelaksana:  # the actors' Roles as chosen, kept in the SOP's own table
		row.role = r.peran.get(row.pelaksana_lembar, row.role)
	sop.document_type = r.doctype
	sop.status_akhir = r.status_akhir
	if sop.status != versi.BERLAKU and (lama := versi.yang_berlaku(sop)):
		made.append(("restore", frappe.get_doc("SOP", lama).as_dict()))
		versi.ubah_status(lama, versi.DIGANTI)  # the version this one replaces
	sop.aktif = 1
	sop.flags.dari_aplikasi = True
	sop.save(ignore_permissions=True)

	old = sop.get_workflow()
	made.append(("restore", old.as_dict()) if old else ("new", "Workflow", sop.workflow_name()))
	workflow = sop.make_workflow(r.spec)
	# a new workflow e-mails as the others do once the site sends mail; one an admin turned off stays off
	if not old and surel.outgoing_account_exists():
		surel.turn_on_workflow_emails([workflow.name])
	ruang_kerja.pasang(r.doctype, made)
	mutu_baku.clear_cache()


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
	restored.flags.pulihkan = True  # an SOP version's status goes back too (versi.periksa)
	restored.save(ignore_permissions=True)
