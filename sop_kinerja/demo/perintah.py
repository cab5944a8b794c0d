"""What `bench --site SITE sop-kinerja-demo` does, in order, and what it prints."""

from dataclasses import dataclass

import frappe
from frappe import _
from frappe.query_builder.functions import Count
from frappe.utils import now_datetime

from sop_kinerja.demo.bahan import KANTOR
from sop_kinerja.demo.dokumen import jalankan_dokumen
from sop_kinerja.demo.jadwal import jadwal
from sop_kinerja.demo.kantor import (
	batasi_unit,
	buat_pejabat,
	buat_unit_kerja,
	buat_user,
	dokumen_lain,
	lengkapi_identitas,
	pembuat_dokumen,
	siapkan_situs,
)
from sop_kinerja.demo.rencana import langkah_sop, rencanakan
from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata


class RealDocumentsPresentError(frappe.ValidationError):
	"""The site has Perbaikan Data Kinerja the demo did not make, and the demo was not forced."""


@dataclass
class HasilDemo:
	situs: str
	dibuat: int
	sudah_ada: int
	per_langkah: list[tuple[str, int, int]]  # (step, documents waiting there, of which past the standard)
	pengguna: dict[str, list[tuple[str, str, str]]]  # per office (its top unit): (user, role, password)

	def ringkasan(self) -> str:
		lines = [
			_("Demo office ready on {0}: {1} Perbaikan Data Kinerja made now, {2} already there.").format(
				self.situs, self.dibuat, self.sudah_ada
			),
			"",
			_("Documents per step (past the standard):"),
		]
		lines += [f"  {label:<40} {jumlah:>3}  ({lewat})" for label, jumlah, lewat in self.per_langkah]
		for kantor, pengguna in self.pengguna.items():
			lines += ["", kantor, f"  {_('User'):<48} {_('Role'):<26} {_('Password')}"]
			lines += [f"  {user:<48} {_(role):<26} {password}" for user, role, password in pengguna]
		lines += ["", _("The passwords are new on every run; keep them now, they are not shown again.")]
		return "\n".join(lines)


def buat_kantor_demo(force: bool = False) -> HasilDemo:
	"""Make the demo office on the connected site (the caller commits). See the package's docstring."""
	if (lain := dokumen_lain()) and not force:
		frappe.throw(
			_(
				"This site already has {0} Perbaikan Data Kinerja that the demo did not make. Nothing was changed. Run the command again with --force to add the demo office beside them."
			).format(lain),
			exc=RealDocumentsPresentError,
			title=_("Demo Refused"),
		)
	siapkan_situs()
	buat_unit_kerja()
	kata_sandi = buat_user()
	batasi_unit()
	buat_pejabat()
	lengkapi_identitas()

	langkah = langkah_sop()
	rencana = []
	for kantor in KANTOR:  # a document is recognised by its office's Kepala and its nomor agenda
		ada = set(
			frappe.get_all(
				kosakata.DOCTYPE,
				filters={"owner": pembuat_dokumen(kantor)},
				pluck="nomor_agenda",
				order_by=None,
			)
		)
		rencana += [r for r in rencanakan(langkah, kantor) if r.agenda not in ada]
	sekarang = now_datetime()
	# played oldest first, so the Nota Dinas numbers follow the dates
	for waktu, r in sorted(((jadwal(r, sekarang), r) for r in rencana), key=lambda item: item[0][0][0]):
		jalankan_dokumen(r, waktu, sekarang)

	return HasilDemo(
		situs=frappe.local.site,
		dibuat=len(rencana),
		sudah_ada=sum(kantor.rencana.jumlah for kantor in KANTOR) - len(rencana),
		per_langkah=sebaran(langkah),
		pengguna={
			kantor.satuan: [
				(kantor.user_per_role[role].email, role, kata_sandi[kantor.user_per_role[role].email])
				for role in kosakata.ROLES
			]
			for kantor in KANTOR
		},
	)


def sebaran(langkah: list[frappe._dict]) -> list[tuple[str, int, int]]:
	"""The demo's documents (of both offices) per step, and those waiting past the standard there: an
	open log line whose deadline has passed, as mutu_baku.terlambat_sekarang counts them site-wide."""
	pembuat = ("in", [pembuat_dokumen(kantor) for kantor in KANTOR])
	per_state = dict(
		frappe.get_all(
			kosakata.DOCTYPE,
			filters={"owner": pembuat},
			fields=["workflow_state", "count(*)"],
			group_by="workflow_state",
			as_list=True,
		)
	)
	milik_demo = frappe.get_all(kosakata.DOCTYPE, {"owner": pembuat}, pluck="name") or [""]
	terlambat = dict(
		frappe.get_all(
			mutu_baku.LOG,
			filters={
				**mutu_baku.filter_terlambat(),
				"reference_doctype": kosakata.DOCTYPE,
				"reference_name": ("in", milik_demo),
			},
			fields=["workflow_state", "count(*)"],
			group_by="workflow_state",
			as_list=True,
		)
	)
	rows = [
		(
			_("Step {0}: {1}").format(row.no, _(row.workflow_state)),
			per_state.get(row.workflow_state, 0),
			terlambat.get(row.workflow_state, 0),
		)
		for row in langkah
	]
	return [*rows, (_(kosakata.DIARSIPKAN), per_state.get(kosakata.DIARSIPKAN, 0), 0)]
