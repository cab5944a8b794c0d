# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

"""An SOP AP (Permenpan RB 35/2012): its identity block, its steps and their mutu baku.

The record is the standard the running workflow is measured against (see mutu_baku.py), and the
source a Workflow can be generated from (see sop_ke_workflow.py).
"""

import frappe
from frappe import _
from frappe.model.document import Document

from sop_kinerja.mesin import keluaran, keterkaitan, mutu_baku, ruang_kerja, sop_ke_workflow, versi
from sop_kinerja.mesin.exceptions import SOPInvalidError
from sop_kinerja.naskah import verifikasi
from sop_kinerja.sop_kinerja.doctype.sop_pelaksana.sop_pelaksana import isi_peta


class SOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from sop_kinerja.sop_kinerja.doctype.sop_butir.sop_butir import SOPButir
		from sop_kinerja.sop_kinerja.doctype.sop_keterkaitan.sop_keterkaitan import SOPKeterkaitan
		from sop_kinerja.sop_kinerja.doctype.sop_langkah.sop_langkah import SOPLangkah
		from sop_kinerja.sop_kinerja.doctype.sop_pelaksana.sop_pelaksana import SOPPelaksana

		aktif: DF.Check
		berkas_sumber: DF.Attach | None
		dasar_hukum: DF.Table[SOPButir]
		disahkan_jabatan: DF.Data | None
		disahkan_nama: DF.Data | None
		disahkan_nip: DF.Data | None
		disahkan_oleh: DF.Link | None
		document_type: DF.Link | None
		keterkaitan: DF.Table[SOPKeterkaitan]
		kualifikasi_pelaksana: DF.Table[SOPButir]
		langkah: DF.Table[SOPLangkah]
		nama_sop: DF.Data
		nomor_sop: DF.Data | None
		pencatatan: DF.Table[SOPButir]
		peralatan: DF.Table[SOPButir]
		peringatan: DF.SmallText | None
		peringatan_impor: DF.SmallText | None
		peta_pelaksana: DF.Table[SOPPelaksana]
		publik: DF.Check
		revisi: DF.Int
		status: DF.Literal["Rancangan", "Diajukan", "Disahkan", "Berlaku", "Diganti", "Dicabut"]
		status_akhir: DF.Data | None
		tanggal_efektif: DF.Date | None
		tanggal_pembuatan: DF.Date | None
		tanggal_pengesahan: DF.Date | None
		tanggal_revisi: DF.Date | None
		unit: DF.Data | None
		unit_kerja: DF.Link | None
		versi_dari: DF.Link | None
		workflow: DF.Link | None
	# end: auto-generated types

	def autoname(self):
		# a revision is named after its SOP and its number; a first version by the DocType's format
		if self.versi_dari:
			self.name = f"SOP {self.nama_sop} (Revisi {self.revisi})"

	def onload(self):
		from sop_kinerja.impor_sop import JENIS_BERKAS  # the readers load only when a form asks

		self.set_onload("jenis_berkas", list(JENIS_BERKAS))

	def validate(self):
		self.validate_nomor_langkah()
		self.isi_peta_pelaksana()
		self.validate_keterkaitan()
		self.validate_states()
		self.validate_decisions()
		self.validate_pelaksana()
		self.validate_field_output()
		versi.periksa(self)  # the version's status, and its text fixed once submitted
		self.validate_one_active_per_doctype()

	def on_update(self):
		mutu_baku.clear_cache()
		if self.has_value_changed("status") and self.status in (versi.DIGANTI, versi.DICABUT):
			verifikasi.catat_pembatalan(self)  # its paper copy is no longer the version in force
		self.link_keterkaitan()
		if self.aktif and self.document_type and frappe.db.exists("DocType", self.document_type):
			ruang_kerja.pasang(self.document_type)  # the workspace's cards follow the steps

	def on_trash(self):
		mutu_baku.clear_cache()

	def validate_nomor_langkah(self):
		"""Steps are numbered 1, 2, 3 ... in order, as on the printed sheet (Jalankan SOP asks too)."""
		numbers = [row.no for row in self.langkah]
		if repeated := sorted({n for n in numbers if numbers.count(n) > 1}):
			frappe.throw(
				_("Two steps have the same number: {0}.").format(", ".join(map(str, repeated))),
				exc=SOPInvalidError,
				title=_("Invalid Steps"),
			)
		if sorted(numbers) != list(range(1, len(numbers) + 1)):
			frappe.throw(
				_("Number the steps 1 to {0} without gaps or repeats. Found: {1}").format(
					len(numbers), ", ".join(str(n) for n in numbers)
				),
				exc=SOPInvalidError,
				title=_("Invalid Steps"),
			)
		self.langkah.sort(key=lambda row: row.no)
		for idx, row in enumerate(self.langkah, 1):
			row.idx = idx

	def isi_peta_pelaksana(self):
		isi_peta(self)

	def validate_states(self):
		"""Each step waits in a state of its own; the final state is none of them."""
		seen = {}
		for row in self.langkah:
			if not row.workflow_state:
				continue
			if row.workflow_state in seen:
				frappe.throw(
					_("Steps {0} and {1} use the same workflow state {2}.").format(
						seen[row.workflow_state], row.no, frappe.bold(row.workflow_state)
					),
					exc=SOPInvalidError,
				)
			seen[row.workflow_state] = row.no
		if self.status_akhir and self.status_akhir in seen:
			frappe.throw(
				_("The final state {0} is also the state of step {1}.").format(
					frappe.bold(self.status_akhir), seen[self.status_akhir]
				),
				exc=SOPInvalidError,
			)

	def validate_decisions(self):
		"""A decision's "tidak setuju" goes to another step, back or on; its "Ya", when it does not go
		on to the next step, leaps to a later one."""
		for row in self.langkah:
			if row.tidak_setuju_ke and not 1 <= row.tidak_setuju_ke <= len(self.langkah):
				frappe.throw(
					_("Step {0}: 'tidak setuju' goes to step {1}, which does not exist.").format(
						row.no, row.tidak_setuju_ke
					),
					exc=SOPInvalidError,
				)
			if row.tidak_setuju_ke == row.no:
				frappe.throw(
					_("Step {0}: 'tidak setuju' cannot go back to the same step.").format(row.no),
					exc=SOPInvalidError,
				)
			if row.setuju_ke == row.no + 1:
				row.setuju_ke = 0  # the next step is where "Ya" goes anyway
			if row.setuju_ke and not row.no < row.setuju_ke <= len(self.langkah):
				frappe.throw(
					_("Step {0}: 'Ya' goes to step {1}; it must go to a later step of the SOP.").format(
						row.no, row.setuju_ke
					),
					exc=SOPInvalidError,
				)
			if row.setuju_ke and row.setuju_ke == row.tidak_setuju_ke:
				frappe.throw(
					_("Step {0}: 'Ya' and 'tidak setuju' go to the same step {1}.").format(
						row.no, row.setuju_ke
					),
					exc=SOPInvalidError,
				)
			if row.tidak_setuju_ke or row.setuju_ke:
				row.keputusan = 1

	def validate_pelaksana(self):
		"""An imported draft may name actors no Role matches yet; an active SOP has a Role at each step."""
		if not self.aktif:
			return
		if missing := [str(row.no) for row in self.langkah if not row.pelaksana]:
			frappe.throw(
				_("Choose the Pelaksana (Role) of steps {0} before the SOP is made active.").format(
					", ".join(missing)
				),
				exc=SOPInvalidError,
				title=_("Invalid Steps"),
			)

	def validate_field_output(self):
		"""The fields a step names for its Output are fields of the SOP's DocType."""
		if not self.document_type or not frappe.db.exists("DocType", self.document_type):
			return
		meta = frappe.get_meta(self.document_type)
		for row in self.langkah:
			if unknown := [f for f in keluaran.fields_of(row) if not meta.has_field(f)]:
				frappe.throw(
					_("Step {0}: {1} is not a field of {2}.").format(
						row.no, ", ".join(map(frappe.bold, unknown)), frappe.bold(_(self.document_type))
					),
					exc=SOPInvalidError,
					title=_("Invalid Steps"),
				)

	def validate_one_active_per_doctype(self):
		if not (self.aktif and self.document_type):
			return
		other = frappe.db.get_value(
			"SOP", {"document_type": self.document_type, "aktif": 1, "name": ("!=", self.name)}
		)
		if other:
			frappe.throw(
				_("{0} is already the active SOP for {1}. Deactivate it first.").format(
					frappe.bold(other), frappe.bold(_(self.document_type))
				),
				exc=SOPInvalidError,
			)

	def link_keterkaitan(self):
		keterkaitan.hubungkan(self)

	def validate_keterkaitan(self):
		keterkaitan.isi_tautan(self)

	def get_workflow(self):
		if self.workflow and frappe.db.exists("Workflow", self.workflow):
			return frappe.get_doc("Workflow", self.workflow)
		return None

	def get_mismatches(self) -> list[sop_ke_workflow.Mismatch]:
		return sop_ke_workflow.mismatches(self.langkah, self.status_akhir, self.get_workflow())

	def validate_ready_for_workflow(self):
		"""What a generated workflow needs from the SOP, checked before anything is written."""
		missing = []
		if not self.document_type:
			missing.append(_("Jenis Dokumen"))
		if not self.status_akhir:
			missing.append(_("Status Akhir"))
		for row in self.langkah:
			if not row.workflow_state or not row.aksi:
				missing.append(_("Step {0}: Status Alur and Aksi Lanjut").format(row.no))
			if not row.pelaksana:
				missing.append(_("Step {0}: Pelaksana").format(row.no))
		if missing:
			frappe.throw(
				_("Fill in before generating the workflow: {0}").format(", ".join(missing)),
				exc=SOPInvalidError,
				title=_("SOP Incomplete"),
			)
		# never take over another DocType's workflow, named here or merely sharing the SOP's name
		document_type = frappe.db.get_value("Workflow", self.workflow_name(), "document_type")
		if document_type and document_type != self.document_type:
			frappe.throw(
				_("Workflow {0} belongs to {1}, not to {2}.").format(
					frappe.bold(self.workflow_name()),
					frappe.bold(document_type),
					frappe.bold(self.document_type),
				),
				exc=SOPInvalidError,
			)

	def workflow_name(self) -> str:
		return self.workflow or self.nama_sop

	def workflow_changes(self, spec: dict | None = None) -> list[sop_ke_workflow.Change]:
		self.validate_ready_for_workflow()
		workflow = (
			frappe.get_doc("Workflow", self.workflow_name())
			if frappe.db.exists("Workflow", self.workflow_name())
			else None
		)
		return sop_ke_workflow.changes(
			spec or sop_ke_workflow.workflow_spec(self.langkah, self.status_akhir), workflow
		)

	def make_workflow(self, spec: dict | None = None):
		"""Create or update this SOP's Workflow for its DocType; what the admin added stays. `spec` is the
		SOP's own (sop_ke_workflow.workflow_spec) unless Jalankan SOP gives it with the states documents still wait
		in."""
		self.validate_ready_for_workflow()
		spec = spec or sop_ke_workflow.workflow_spec(self.langkah, self.status_akhir)
		for row in spec["states"]:
			if not frappe.db.exists("Workflow State", row["state"]):
				frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": row["state"]}).insert(
					ignore_permissions=True
				)
		for row in spec["transitions"]:
			if not frappe.db.exists("Workflow Action Master", row["action"]):
				frappe.get_doc(
					{"doctype": "Workflow Action Master", "workflow_action_name": row["action"]}
				).insert(ignore_permissions=True)

		name = self.workflow_name()
		if frappe.db.exists("Workflow", name):
			workflow = frappe.get_doc("Workflow", name)
		else:
			workflow = frappe.new_doc("Workflow")
			workflow.workflow_name = name
			workflow.workflow_state_field = "workflow_state"
			workflow.send_email_alert = 0
		workflow.document_type = self.document_type
		workflow.is_active = 1
		# rows that stay keep what the admin set on them (messages, e-mail templates, conditions)
		old_states = {row.state: _own_fields(row) for row in workflow.states}
		old_transitions = {
			sop_ke_workflow.transition_key(row): _own_fields(row) for row in workflow.transitions
		}
		workflow.set("states", [{**old_states.get(row["state"], {}), **row} for row in spec["states"]])
		workflow.set(
			"transitions",
			[
				{
					**old_transitions.get(sop_ke_workflow.transition_key(row), {"allow_self_approval": 1}),
					**row,
				}
				for row in spec["transitions"]
			],
		)
		workflow.save(ignore_permissions=True)

		self.db_set("workflow", workflow.name)
		mutu_baku.clear_cache()
		return workflow


def _own_fields(row) -> dict:
	return {
		k: v for k, v in row.as_dict(no_default_fields=True).items() if k not in ("doctype", "parent_doc")
	}


def _sop_for_admin(name: str) -> SOP:
	"""Generating writes a Workflow: the user must be allowed to, and to edit the SOP."""
	frappe.has_permission("Workflow", "write", throw=True)
	doc = frappe.get_doc("SOP", name)
	doc.check_permission("write")
	return doc


@frappe.whitelist()
def check_workflow(name: str) -> list[dict]:
	"""Every mismatch between the SOP and its Workflow, worded for the admin."""
	doc = frappe.get_doc("SOP", name)
	doc.check_permission("read")
	if not doc.get_workflow():
		return [{"kind": "no_workflow", "message": _("This SOP is not tied to an existing Workflow.")}]
	return [{"kind": m.kind, "message": describe_mismatch(m)} for m in doc.get_mismatches()]


def describe_mismatch(m: sop_ke_workflow.Mismatch) -> str:
	if m.kind == "step_without_state":
		if not m.state:
			return _("Step {0} names no workflow state.").format(m.step)
		return _("Step {0}: the workflow has no state {1}.").format(m.step, frappe.bold(m.state))
	if m.kind == "state_without_step":
		return _("The workflow state {0} belongs to no step of the SOP.").format(frappe.bold(m.state))
	return _("Step {0} ({1}): the SOP names {2}, the workflow lets {3} act.").format(
		m.step, frappe.bold(m.state), frappe.bold(m.sop_role), frappe.bold(m.workflow_role)
	)


def change_labels() -> dict[str, str]:
	"""Each kind of sop_ke_workflow.Change, worded for the admin."""
	return {
		"add_state": _("Add state"),
		"remove_state": _("Remove state"),
		"change_state": _("Change state"),
		"add_transition": _("Add transition"),
		"remove_transition": _("Remove transition"),
	}


@frappe.whitelist()
def preview_workflow(name: str) -> dict:
	"""What generating the workflow would change, for the admin to confirm."""
	doc = _sop_for_admin(name)
	labels = change_labels()
	active = frappe.db.get_value(
		"Workflow", {"document_type": doc.document_type, "is_active": 1, "name": ("!=", doc.workflow_name())}
	)
	return {
		"workflow": doc.workflow_name(),
		"exists": bool(frappe.db.exists("Workflow", doc.workflow_name())),
		"deactivates": active,
		"changes": [
			{"kind": c.kind, "label": labels[c.kind], "subject": c.subject, "detail": c.detail}
			for c in doc.workflow_changes()
		],
	}


@frappe.whitelist(methods=["POST"])
def make_workflow(name: str) -> str:
	doc = _sop_for_admin(name)
	return doc.make_workflow().name
