"""Jalankan SOP on a real site: an SOP record typed in, run without code, and documents taken through
its steps by users who each hold only their own role.

Making a DocType is DDL, which MariaDB commits at once: these tests cannot rely on a rollback, so
each removes what it made (`bersihkan`), and names its SOPs and roles apart from everything else.
"""

import subprocess
from pathlib import Path
from unittest.mock import patch

import frappe
from frappe.model.workflow import apply_workflow
from frappe.tests.utils import FrappeTestCase

from sop_kinerja import impor_sop
from sop_kinerja.mesin import jalankan, keluaran, mutu_baku, versi
from sop_kinerja.mesin.exceptions import (
	CatatanKembalikanRequiredError,
	KeluaranLangkahRequiredError,
	SOPInvalidError,
	StateEditNotAllowedError,
	TransitionNotAllowedError,
)
from sop_kinerja.mesin.ruang_kerja import RUANG_KERJA
from sop_kinerja.mesin.workflow import menunggu_saya
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute as waktu_per_langkah
from sop_kinerja.tests.utils import ensure_user

# the labelled set of SOP sheets, in the checkout beside the app (tests/lembar_sop)
LEMBAR = Path(__file__).resolve().parents[2] / "tests" / "lembar_sop"
PEMOHON, PEMERIKSA, PENYETUJU = "Uji Pemohon", "Uji Pemeriksa", "Uji Penyetuju"
USER = {
	PEMOHON: "uji.pemohon@sop-kinerja.test",
	PEMERIKSA: "uji.pemeriksa@sop-kinerja.test",
	PENYETUJU: "uji.penyetuju@sop-kinerja.test",
}


def sop_cuti(nama: str = "Uji Cuti Pegawai", **values) -> str:
	"""An SOP typed in the desk: 5 steps, 3 actors named as on a sheet (no Role yet), one decision."""
	doc = frappe.get_doc(
		{
			"doctype": "SOP",
			"nama_sop": nama,
			"aktif": 0,
			"langkah": [
				{
					"no": 1,
					"kegiatan": "Mengajukan permohonan cuti kepada atasan",
					"pelaksana_lembar": PEMOHON,
					"kelengkapan": "Formulir, Surat Keterangan",
					"waktu": 10,
					"output": "Formulir Permohonan Cuti",
				},
				{
					"no": 2,
					"kegiatan": "Memeriksa kelengkapan permohonan",
					"pelaksana_lembar": PEMERIKSA,
					"waktu": 15,
					"output": "Hasil Pemeriksaan",
				},
				{
					"no": 3,
					"kegiatan": "Menelaah permohonan; jika tidak setuju dikembalikan kepada pemeriksa",
					"pelaksana_lembar": PENYETUJU,
					"waktu": 20,
					"output": "Paraf Telaah",
					"keputusan": 1,
					"tidak_setuju_ke": 2,
				},
				{
					"no": 4,
					"kegiatan": "Menandatangani surat izin cuti",
					"pelaksana_lembar": PENYETUJU,
					"waktu": 10,
					"output": "Surat Izin Cuti",
					"bentuk_output": "Lampiran",
				},
				{
					"no": 5,
					"kegiatan": "Mencatat cuti dalam buku agenda",
					"pelaksana_lembar": PEMERIKSA,
					"waktu": 5,
					"output": "Buku Agenda Cuti",
				},
			],
			**values,
		}
	).insert()
	return doc.name


def bersihkan(*names, roles=tuple(USER)):
	"""Everything Jalankan SOP made for these SOPs, and the SOPs, gone (committed)."""
	frappe.set_user("Administrator")
	frappe.db.rollback()
	for name in names:
		if not frappe.db.exists("SOP", name):
			continue
		sop = frappe.get_doc("SOP", name)
		doctype = sop.document_type
		if doctype and frappe.db.get_value("DocType", doctype, "custom"):
			frappe.db.delete("Log Langkah SOP", {"reference_doctype": doctype})
			for card in frappe.get_all("Number Card", {"document_type": doctype}, pluck="name"):
				frappe.db.delete("Workspace Number Card", {"parent": RUANG_KERJA, "number_card_name": card})
				frappe.delete_doc("Number Card", card, force=True)
			frappe.db.delete("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype})
			for workflow in frappe.get_all("Workflow", {"document_type": doctype}, pluck="name"):
				frappe.delete_doc("Workflow", workflow, force=True)
			frappe.db.delete("Custom DocPerm", {"parent": doctype})
			frappe.delete_doc("DocType", doctype, force=True)
			frappe.db.sql_ddl(f"DROP TABLE IF EXISTS `tab{doctype}`")
		frappe.delete_doc("SOP", name, force=True)
	for role in roles:
		frappe.db.delete("Has Role", {"role": role})
		frappe.delete_doc("Role", role, force=True, ignore_missing=True)
	frappe.db.commit()
	mutu_baku.clear_cache()


class JalankanTestCase(FrappeTestCase):
	def setUp(self):
		frappe.set_user("Administrator")
		self.sops, self.roles = [], list(USER)
		self.addCleanup(lambda: bersihkan(*self.sops, roles=self.roles))

	def sop(self, nama="Uji Cuti Pegawai", **values) -> str:
		name = sop_cuti(nama, **values)
		self.sops.append(name)
		frappe.db.commit()
		return name

	def run_sop(self, nama="Uji Cuti Pegawai", **values) -> tuple[str, str]:
		name = self.sop(nama, **values)
		doctype = jalankan.jalankan(name)
		for role, email in USER.items():
			ensure_user(email, [role])
		frappe.db.commit()
		return name, doctype

	def revisi(self, name: str):
		"""A revision of a running SOP, to change it: an SOP in force is not edited in place (versi.py)."""
		doc = frappe.get_doc("SOP", versi.buat_revisi(name))
		self.sops.insert(0, doc.name)  # removed before the version it revises
		return doc

	def disahkan(self, name: str):
		"""The revision ratified, ready to be put in force (the ratification itself: test_siklus_sop)."""
		frappe.db.set_value("SOP", name, "status", versi.DISAHKAN)
		frappe.db.commit()

	def as_user(self, role):
		frappe.set_user(USER[role])

	def new_doc(self, doctype, **values):
		self.as_user(PEMOHON)
		doc = frappe.get_doc({"doctype": doctype, "hal": "Cuti tahunan", **values}).insert()
		frappe.set_user("Administrator")
		return doc.name

	def act(self, doctype, name, role, action, **values):
		self.as_user(role)
		try:
			doc = frappe.get_doc(doctype, name)
			if values:
				doc.update(values)
				doc.save()
			return apply_workflow(frappe.get_doc(doctype, name), action)
		finally:
			frappe.set_user("Administrator")


def jalani(name: str, doctype: str) -> str:
	"""A document taken along the SOP's steps by a user per role who holds that role alone: each step's
	Output written, each decision sending it back once with a note. Returns the document's name."""
	sop = frappe.get_doc("SOP", name)
	users = {
		row.pelaksana: ensure_user(f"{frappe.scrub(row.pelaksana)}@jalankan.test", [row.pelaksana]).name
		for row in sop.langkah
	}
	frappe.db.commit()
	frappe.set_user(users[sop.langkah[0].pelaksana])
	doc = frappe.get_doc({"doctype": doctype, "hal": "Dokumen uji"}).insert().name
	sent_back, i = set(), 0
	try:
		while i < len(sop.langkah):
			row = sop.langkah[i]
			frappe.set_user(users[row.pelaksana])
			current = frappe.get_doc(doctype, doc)
			if row.tidak_setuju_ke and row.no not in sent_back:
				sent_back.add(row.no)
				current.catatan_perbaikan = "Perbaiki dulu"
				current.save()
				apply_workflow(frappe.get_doc(doctype, doc), row.aksi_tidak_setuju)
				i = row.tidak_setuju_ke - 1
				continue
			for field in keluaran.fields_of(row):
				df = current.meta.get_field(field)
				current.set(field, "/files/keluaran.pdf" if df.fieldtype == "Attach" else f"Output {row.no}")
			if keluaran.fields_of(row):
				current.save()
			apply_workflow(frappe.get_doc(doctype, doc), row.aksi)
			i += 1
	finally:
		frappe.set_user("Administrator")
	return doc


class TestPreview(JalankanTestCase):
	def test_the_preview_lists_everything_and_makes_nothing(self):
		name = self.sop()
		plan = jalankan.preview_jalankan(name)
		self.assertEqual(plan["doctype"], "Uji Cuti Pegawai")
		self.assertEqual(plan["peran_baru"], [PEMOHON, PEMERIKSA, PENYETUJU])
		text = "\n".join(plan["items"])
		for part in (
			f"Role {PEMOHON}",
			"DocType Uji Cuti Pegawai",
			f"Permission for {PEMOHON}",
			"Add transition",
			"shortcut",
			"number card",
		):
			self.assertIn(part, text)
		self.assertFalse(frappe.db.exists("Role", PEMOHON))
		self.assertFalse(frappe.db.exists("DocType", "Uji Cuti Pegawai"))
		self.assertFalse(frappe.db.get_value("SOP", name, "document_type"))

	def test_an_actor_mapped_to_an_existing_role(self):
		name = self.sop()
		plan = jalankan.preview_jalankan(name, {PEMOHON: "Blogger"})
		self.assertEqual(plan["peran"][PEMOHON], "Blogger")
		self.assertNotIn(PEMOHON, plan["peran_baru"])


class TestJalankan(JalankanTestCase):
	def test_it_makes_roles_doctype_permissions_workflow_and_workspace_items(self):
		name, doctype = self.run_sop()
		meta = frappe.get_meta(doctype)
		self.assertTrue(meta.custom)
		self.assertEqual(meta.module, "SOP Kinerja")
		for field in ("hal", "tanggal", "unit_kerja", "uraian", "lampiran", "catatan_perbaikan", "log_html"):
			self.assertTrue(meta.has_field(field), field)
		self.assertEqual(meta.get_field("surat_izin_cuti").fieldtype, "Attach")
		self.assertEqual(meta.get_field("formulir_permohonan_cuti").fieldtype, "Small Text")
		self.assertTrue(frappe.db.table_exists(doctype))
		perms = {p.role: p for p in meta.permissions}
		self.assertTrue(perms[PEMOHON].create)
		self.assertFalse(perms[PEMERIKSA].create)
		self.assertTrue(perms[PENYETUJU].write)

		sop = frappe.get_doc("SOP", name)
		self.assertTrue(sop.aktif)
		self.assertEqual(sop.document_type, doctype)
		# each actor's Role, as chosen, is kept once in the SOP's own table
		self.assertEqual(
			[(r.pelaksana_lembar, r.role) for r in sop.peta_pelaksana],
			[(PEMOHON, PEMOHON), (PEMERIKSA, PEMERIKSA), (PENYETUJU, PENYETUJU)],
		)
		self.assertEqual(
			[row.pelaksana for row in sop.langkah], [PEMOHON, PEMERIKSA, PENYETUJU, PENYETUJU, PEMERIKSA]
		)
		self.assertEqual(sop.langkah[0].field_output, "formulir_permohonan_cuti")
		workflow = frappe.get_doc("Workflow", sop.workflow)
		self.assertTrue(workflow.is_active)
		self.assertEqual(workflow.document_type, doctype)
		self.assertEqual(sop.get_mismatches(), [])
		self.assertIn("Kembalikan", {t.action for t in workflow.transitions})
		self.assertTrue(frappe.db.exists("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype}))
		cards = frappe.get_all("Number Card", {"document_type": doctype}, ["name", "filters_json"])
		# documents under way, and one card per step, filtered by the step's workflow state
		self.assertEqual(len(cards), 1 + len(sop.langkah))
		for row in sop.langkah:
			self.assertEqual(
				sum(f'"=", "{row.workflow_state}"' in card.filters_json for card in cards),
				1,
				row.workflow_state,
			)
		content = frappe.db.get_value("Workspace", RUANG_KERJA, "content")
		for card in cards:
			self.assertTrue(
				frappe.db.exists(
					"Workspace Number Card", {"parent": RUANG_KERJA, "number_card_name": card.name}
				)
			)
			self.assertIn(card.name, content)

	def test_the_workspace_cards_follow_the_records_steps(self):
		name, doctype = self.run_sop()
		if not frappe.db.exists("Workflow State", "Diperiksa Ulang"):
			frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": "Diperiksa Ulang"}).insert()
		sop = frappe.get_doc("SOP", name)
		old = sop.langkah[1].workflow_state
		sop.langkah[1].workflow_state = "Diperiksa Ulang"
		sop.save()
		filters = frappe.get_all("Number Card", {"document_type": doctype}, pluck="filters_json")
		self.assertFalse([f for f in filters if f'"{old}"' in f])
		self.assertEqual(len([f for f in filters if '"Diperiksa Ulang"' in f]), 1)
		self.assertEqual(len(filters), 1 + len(sop.langkah))

	def test_running_again_keeps_what_the_admin_changed(self):
		name, doctype = self.run_sop()
		# the admin adds a field, and writes a message on a workflow state
		dt = frappe.get_doc("DocType", doctype)
		dt.append("fields", {"fieldname": "nomor_kepegawaian", "fieldtype": "Data", "label": "NIP"})
		dt.save()
		workflow = frappe.get_doc("Workflow", frappe.db.get_value("SOP", name, "workflow"))
		workflow.states[0].message = "Isi formulir cuti"
		workflow.save()
		frappe.db.commit()
		self.assertEqual(jalankan.preview_jalankan(name)["items"], [])
		jalankan.jalankan(name)
		self.assertTrue(frappe.get_meta(doctype).has_field("nomor_kepegawaian"))
		self.assertEqual(frappe.get_doc("Workflow", workflow.name).states[0].message, "Isi formulir cuti")
		self.assertEqual(
			frappe.db.count("Workspace Shortcut", {"parent": RUANG_KERJA, "link_to": doctype}), 1
		)
		steps = frappe.db.count("SOP Langkah", {"parent": name, "parenttype": "SOP"})
		self.assertEqual(frappe.db.count("Number Card", {"document_type": doctype}), 1 + steps)

	def test_a_document_through_every_step_with_a_send_back(self):
		name, doctype = self.run_sop()
		sop = frappe.get_doc("SOP", name)
		states = [row.workflow_state for row in sop.langkah]
		doc = self.new_doc(doctype)
		self.assertEqual(frappe.db.get_value(doctype, doc, "workflow_state"), states[0])
		self.assertRegex(doc, r"^UCP-\d{4}-\d{5}$")

		# the Output is enforced: step 1 cannot be left without the Formulir Permohonan Cuti
		with self.assertRaises(KeluaranLangkahRequiredError) as refused:
			self.act(doctype, doc, PEMOHON, "Teruskan")
		self.assertIn("Formulir Permohonan Cuti", str(refused.exception))
		# another role may not act, nor change the document at someone else's step
		with self.assertRaises(frappe.ValidationError):
			self.act(doctype, doc, PEMERIKSA, "Teruskan")
		self.act(doctype, doc, PEMOHON, "Teruskan", formulir_permohonan_cuti="Cuti 12 hari, 1-12 Desember")
		with self.assertRaises(StateEditNotAllowedError):
			self.act(doctype, doc, PEMOHON, "Teruskan", hal="Diubah")

		self.assertEqual(menunggu_saya_as(PEMERIKSA, doctype), sorted([states[1], states[4]]))
		self.assertEqual(menunggu_saya_as(PEMOHON, doctype), [states[0]])
		self.act(doctype, doc, PEMERIKSA, "Teruskan", hasil_pemeriksaan="Lengkap")
		# the decision sends back only with a note
		with self.assertRaises(CatatanKembalikanRequiredError):
			self.act(doctype, doc, PENYETUJU, "Kembalikan")
		self.act(doctype, doc, PENYETUJU, "Kembalikan", catatan_perbaikan="Lampirkan surat keterangan")
		self.assertEqual(frappe.db.get_value(doctype, doc, "workflow_state"), states[1])
		self.act(doctype, doc, PEMERIKSA, "Teruskan")
		self.act(doctype, doc, PENYETUJU, "Setujui", paraf_telaah="Setuju")
		self.act(doctype, doc, PENYETUJU, "Teruskan", surat_izin_cuti="/files/izin-cuti.pdf")
		self.act(doctype, doc, PEMERIKSA, "Selesaikan", buku_agenda_cuti="Agenda 77/2026")
		self.assertEqual(frappe.db.get_value(doctype, doc, "workflow_state"), "Selesai")

		log = frappe.get_all(
			"Log Langkah SOP",
			{"reference_doctype": doctype, "reference_name": doc},
			["langkah", "aksi", "user", "role", "catatan", "keluaran", "sop"],
			order_by="name asc",
		)
		self.assertEqual([row.langkah for row in log], [1, 2, 3, 2, 3, 4, 5])
		self.assertEqual({row.sop for row in log}, {name})
		self.assertEqual(log[2].catatan, "Lampirkan surat keterangan")
		self.assertEqual(log[2].user, USER[PENYETUJU])
		self.assertIn("Formulir Permohonan Cuti: Cuti 12 hari", log[0].keluaran)
		self.assertIn("Surat Izin Cuti: /files/izin-cuti.pdf", log[5].keluaran)
		# the send-back note is on the timeline too
		self.assertTrue(
			frappe.db.exists(
				"Comment",
				{
					"reference_doctype": doctype,
					"reference_name": doc,
					"content": ("like", "%Lampirkan surat%"),
				},
			)
		)
		# the form's step data, the report and the workspace card see it like any governed DocType
		form = frappe.get_doc(doctype, doc)
		form.run_method("onload")
		self.assertEqual(len(form.get_onload().log_langkah), 7)
		self.assertEqual(form.get_onload().jumlah_langkah, 5)
		rows = waktu_per_langkah(frappe._dict({"sop": name}))[1]
		self.assertEqual([row["langkah"] for row in rows if row.get("langkah")], [1, 2, 3, 4, 5])

	def test_the_step_checklist_and_overdue_notice(self):
		_name, doctype = self.run_sop()
		doc = self.new_doc(doctype)
		form = frappe.get_doc(doctype, doc)
		form.run_method("onload")
		first = form.get_onload().langkah[form.workflow_state]
		self.assertEqual(first["checklist"], ["Formulir", "Surat Keterangan"])
		self.assertEqual(keluaran.fields_of(first), ["formulir_permohonan_cuti"])
		# past its standard time: the holders of the step's role are told
		frappe.db.set_value(
			"Log Langkah SOP",
			{"reference_doctype": doctype, "reference_name": doc},
			"batas_waktu",
			frappe.utils.add_to_date(None, minutes=-1),
		)
		mutu_baku.tandai_lewat_waktu()
		self.assertTrue(
			frappe.db.exists("Notification Log", {"for_user": USER[PEMOHON], "document_name": doc})
		)
		frappe.db.rollback()

	def test_two_sops_side_by_side(self):
		_cuti, cuti_doctype = self.run_sop()
		izin, izin_doctype = self.run_sop(
			"Uji Izin Keluar Kantor",
		)
		self.assertNotEqual(cuti_doctype, izin_doctype)
		a = self.new_doc(cuti_doctype)
		b = self.new_doc(izin_doctype)
		self.assertNotEqual(a.split("-")[0], b.split("-")[0])
		self.act(cuti_doctype, a, PEMOHON, "Teruskan", formulir_permohonan_cuti="x")
		self.assertEqual(frappe.db.count("Log Langkah SOP", {"reference_doctype": izin_doctype}), 1)
		self.assertEqual(frappe.db.count("Log Langkah SOP", {"reference_doctype": cuti_doctype}), 2)
		self.assertEqual(
			set(frappe.get_all("Log Langkah SOP", {"reference_doctype": izin_doctype}, pluck="sop")), {izin}
		)
		self.assertEqual(frappe.db.get_value(izin_doctype, b, "langkah_sop"), 1)
		self.assertEqual(frappe.db.get_value(cuti_doctype, a, "langkah_sop"), 2)
		# each counts its own numbers
		a2, b2 = self.new_doc(cuti_doctype), self.new_doc(izin_doctype)
		number = lambda name: int(name.rsplit("-", 1)[1])  # noqa: E731
		self.assertEqual((number(a2), number(b2)), (number(a) + 1, number(b) + 1))


class TestMoreShapes(JalankanTestCase):
	def test_an_imported_sheet_runs_end_to_end(self):
		"""Cuti Tahunan as a DOCX: read into a draft, run, and a document taken through its 8 steps."""
		path = LEMBAR / "cuti-tahunan.docx"
		name = impor_sop.buat_draf(impor_sop.baca(path.name, path.read_bytes()))
		self.sops.append(name)
		frappe.db.commit()
		plan = jalankan.preview_jalankan(name)
		self.roles = plan["peran_baru"]
		doctype = jalankan.jalankan(name)
		sop = frappe.get_doc("SOP", name)
		self.assertEqual(len(sop.langkah), 8)
		self.assertEqual(sop.langkah[4].tidak_setuju_ke, 3)
		self.assertTrue(all(row.field_output for row in sop.langkah))
		doc = jalani(name, doctype)
		self.assertEqual(frappe.db.get_value(doctype, doc, "workflow_state"), sop.status_akhir)
		steps = frappe.get_all(
			"Log Langkah SOP",
			{"reference_doctype": doctype, "reference_name": doc},
			pluck="langkah",
			order_by="name",
		)
		self.assertEqual(steps, [1, 2, 3, 4, 5, 3, 4, 5, 6, 7, 8])

	def test_a_step_that_submits(self):
		"""The signature submits the document: the steps after it work on the submitted document, and a
		plain Submit is refused."""
		name = self.sop()
		step = frappe.get_all("SOP Langkah", {"parent": name, "no": 4}, pluck="name")[0]
		frappe.db.set_value("SOP Langkah", step, "doc_status", "1")
		frappe.db.commit()
		doctype = jalankan.jalankan(name)
		self.assertTrue(frappe.get_meta(doctype).is_submittable)
		self.assertEqual(frappe.db.get_value("SOP Langkah", {"parent": name, "no": 5}, "doc_status"), "1")
		plain = frappe.get_doc({"doctype": doctype, "hal": "Langsung disubmit"}).insert()
		with self.assertRaises(TransitionNotAllowedError):
			plain.submit()
		doc = jalani(name, doctype)
		self.assertEqual(frappe.db.get_value(doctype, doc, ["workflow_state", "docstatus"]), ("Selesai", 1))

	def test_a_send_back_to_before_the_submit_is_refused(self):
		name = self.sop()
		step = frappe.get_all("SOP Langkah", {"parent": name, "no": 3}, pluck="name")[0]
		frappe.db.set_value("SOP Langkah", step, "doc_status", "1")
		frappe.db.commit()
		with self.assertRaises(SOPInvalidError) as refused:
			jalankan.jalankan(name)
		self.assertIn("cannot become a draft again", str(refused.exception))

	def test_a_renamed_role(self):
		name, doctype = self.run_sop()
		doc = self.new_doc(doctype)
		self.act(doctype, doc, PEMOHON, "Teruskan", formulir_permohonan_cuti="x")
		frappe.rename_doc("Role", PEMERIKSA, "Uji Pemeriksa Baru", force=True)
		frappe.db.commit()
		self.roles = [*USER, "Uji Pemeriksa Baru"]
		self.assertEqual(frappe.get_doc("SOP", name).langkah[1].pelaksana, "Uji Pemeriksa Baru")
		self.assertEqual(jalankan.preview_jalankan(name)["items"], [])
		# the user who held the role holds it under its new name, and the document moves on
		self.act(doctype, doc, PEMERIKSA, "Teruskan", hasil_pemeriksaan="x")
		self.assertEqual(frappe.db.get_value(doctype, doc, "langkah_sop"), 3)
		line = frappe.get_all(
			"Log Langkah SOP", {"reference_doctype": doctype, "langkah": 2}, ["role", "user"], limit=1
		)[0]
		self.assertEqual((line.role, line.user), ("Uji Pemeriksa Baru", USER[PEMERIKSA]))

	def test_workflow_emails_and_the_sop_ap_print(self):
		with patch("sop_kinerja.mesin.surel.outgoing_account_exists", return_value=True):
			name, _doctype = self.run_sop()
		workflow = frappe.get_doc("Workflow", frappe.db.get_value("SOP", name, "workflow"))
		self.assertTrue(workflow.send_email_alert)
		# the other SOPs' workflows are left as their admin set them
		self.assertFalse(frappe.db.get_value("Workflow", "Perbaikan Data Kinerja", "send_email_alert"))
		self.assertTrue(all(state.next_action_email_template for state in workflow.states))
		html = frappe.get_print("SOP", name, print_format="SOP AP")
		self.assertIn("Menelaah permohonan", html)
		self.assertEqual(html.count('class="simbol-keputusan"'), 1)


def menunggu_saya_as(role, doctype):
	frappe.set_user(USER[role])
	try:
		return menunggu_saya(doctype)
	finally:
		frappe.set_user("Administrator")


class TestChangesUnderWay(JalankanTestCase):
	def test_an_added_step_and_a_renamed_actor(self):
		name, doctype = self.run_sop()
		doc = self.new_doc(doctype)
		self.act(doctype, doc, PEMOHON, "Teruskan", formulir_permohonan_cuti="x")
		sop = self.revisi(name)
		# step 2 is now the Penyetuju's, and a step is added after it
		sop.langkah[1].pelaksana_lembar = PENYETUJU
		sop.langkah[1].pelaksana = PENYETUJU
		for row in sop.langkah[2:]:
			row.no += 1
			if row.tidak_setuju_ke:
				row.tidak_setuju_ke = 2
		sop.append(
			"langkah",
			{
				"no": 3,
				"kegiatan": "Memberi nomor surat",
				"pelaksana_lembar": PEMERIKSA,
				"pelaksana": PEMERIKSA,
				"waktu": 5,
			},
		)
		sop.save()
		self.disahkan(sop.name)
		jalankan.jalankan(sop.name)
		# the document waiting at step 2 moves on by its new actor, into the new step
		with self.assertRaises(StateEditNotAllowedError):
			self.act(doctype, doc, PEMERIKSA, "Teruskan", hasil_pemeriksaan="x")
		self.act(doctype, doc, PENYETUJU, "Teruskan", hasil_pemeriksaan="x")
		self.assertEqual(frappe.db.get_value(doctype, doc, "workflow_state"), "Memberi nomor surat")
		self.assertEqual(frappe.db.get_value(doctype, doc, "langkah_sop"), 3)
		self.assertEqual(len(frappe.get_all("Log Langkah SOP", {"reference_doctype": doctype})), 3)

	def test_a_new_actor_gets_its_role_and_permission(self):
		name, doctype = self.run_sop()
		sop = self.revisi(name)
		sop.append(
			"langkah",
			{"no": 6, "kegiatan": "Mengarsipkan surat izin", "pelaksana_lembar": "Uji Arsiparis", "waktu": 5},
		)
		sop.save()  # the new step has no Role yet: Jalankan SOP makes it
		self.disahkan(sop.name)
		self.roles = [*USER, "Uji Arsiparis"]
		plan = jalankan.preview_jalankan(sop.name)
		self.assertIn("Uji Arsiparis", plan["peran_baru"])
		self.assertTrue(any("Uji Arsiparis" in item and doctype in item for item in plan["items"]))
		jalankan.jalankan(sop.name)
		self.assertTrue(
			frappe.has_permission(
				doctype, "write", user=ensure_user("uji.arsiparis@sop-kinerja.test", ["Uji Arsiparis"]).name
			)
		)
		frappe.db.commit()
		doc = jalani(sop.name, doctype)
		self.assertEqual(frappe.db.get_value(doctype, doc, "langkah_sop"), 7)

	def test_a_removed_step_keeps_its_waiting_documents(self):
		name, doctype = self.run_sop()
		waiting = self.new_doc(doctype)
		self.act(doctype, waiting, PEMOHON, "Teruskan", formulir_permohonan_cuti="x")
		removed_state = frappe.db.get_value(doctype, waiting, "workflow_state")
		sop = self.revisi(name)
		# step 2 goes: step 3 now sends back to step 1
		sop.remove(sop.langkah[1])
		for row in sop.langkah[1:]:
			row.no -= 1
		sop.langkah[1].tidak_setuju_ke = 1
		sop.save()
		self.disahkan(sop.name)
		name = sop.name  # the version in force from here on
		plan = jalankan.preview_jalankan(name)
		self.assertTrue(
			any(removed_state in item and "1" in item for item in plan["items"] if "stays" in item)
		)
		jalankan.jalankan(name)
		workflow = frappe.get_doc("Workflow", frappe.db.get_value("SOP", name, "workflow"))
		self.assertIn(removed_state, {row.state for row in workflow.states})
		# its actor takes it on to the step that followed it
		self.act(doctype, waiting, PEMERIKSA, "Teruskan", hasil_pemeriksaan="x")
		next_state = frappe.get_doc("SOP", name).langkah[1].workflow_state
		self.assertEqual(frappe.db.get_value(doctype, waiting, "workflow_state"), next_state)
		lines = frappe.get_all(
			"Log Langkah SOP",
			{"reference_doctype": doctype, "reference_name": waiting},
			["langkah", "keluar"],
		)
		self.assertEqual(len(lines), 3)
		# with nobody waiting there any more, the next run drops the state
		jalankan.jalankan(name)
		workflow = frappe.get_doc("Workflow", workflow.name)
		self.assertNotIn(removed_state, {row.state for row in workflow.states})


class TestBadInput(JalankanTestCase):
	def assert_refused(self, name, message, exc=SOPInvalidError, **kwargs):
		roles, doctypes = frappe.db.count("Role"), frappe.db.count("DocType")
		with self.assertRaises(exc) as refused:
			jalankan.jalankan(name, **kwargs)
		self.assertIn(message, str(refused.exception))
		self.assertEqual((frappe.db.count("Role"), frappe.db.count("DocType")), (roles, doctypes))
		self.assertFalse(frappe.db.get_value("SOP", name, "document_type"))

	def test_no_steps(self):
		doc = frappe.get_doc({"doctype": "SOP", "nama_sop": "Uji Tanpa Langkah", "aktif": 0})
		doc.flags.ignore_mandatory = True
		doc.insert()
		self.sops.append(doc.name)
		frappe.db.commit()
		self.assert_refused(doc.name, "has no steps")

	def set_langkah(self, name, no, field, value):
		"""A step changed behind the form's back (the form refuses some of these on save)."""
		row = frappe.get_all("SOP Langkah", {"parent": name, "no": no}, pluck="name")[0]
		frappe.db.set_value("SOP Langkah", row, field, value)
		frappe.db.commit()

	def test_two_steps_with_the_same_number(self):
		name = self.sop()
		self.set_langkah(name, 2, "no", 1)
		self.assert_refused(name, "same number")

	def test_a_decision_without_a_target(self):
		name = self.sop()
		self.set_langkah(name, 3, "tidak_setuju_ke", 0)
		self.assert_refused(name, "names no step to go to if not agreed")

	def test_an_actor_with_no_role(self):
		name = self.sop()
		self.assert_refused(name, "no Role named", peran={PEMOHON: "Peran Yang Tidak Ada"})
		self.assert_refused(name, "cannot act", peran={PEMOHON: "Guest"})
		self.set_langkah(name, 2, "pelaksana_lembar", None)
		self.assert_refused(name, "names no actor")

	def test_an_output_field_the_doctype_does_not_have(self):
		name, _doctype = self.run_sop()
		sop = frappe.get_doc("SOP", name)
		sop.langkah[1].field_output = "hasil_pemeriksaan, nomor_yang_tidak_ada"
		with self.assertRaises(SOPInvalidError) as refused:
			sop.save()
		self.assertIn("nomor_yang_tidak_ada", str(refused.exception))

	def test_a_doctype_name_taken_by_another_app(self):
		name = self.sop("ToDo")
		self.assert_refused(name, "already exists and belongs to")

	def test_not_a_system_manager(self):
		name = self.sop()
		ensure_user(USER[PEMOHON], ["Blogger"])
		frappe.set_user(USER[PEMOHON])
		# frappe.only_for lets everyone through in tests (flags.in_test): here it checks as on a site
		try:
			with patch.dict(frappe.local.flags, {"in_test": False}):
				with self.assertRaises(frappe.PermissionError):
					jalankan.jalankan(name)
				with self.assertRaises(frappe.PermissionError):
					jalankan.preview_jalankan(name)
		finally:
			frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists("DocType", "Uji Cuti Pegawai"))

	def test_a_failure_midway_takes_back_what_was_made(self):
		name = self.sop()
		before = frappe.get_doc("SOP", name).as_dict()
		with patch(
			"sop_kinerja.sop_kinerja.doctype.sop.sop.SOP.make_workflow",
			side_effect=frappe.ValidationError("gagal"),
		):
			with self.assertRaises(frappe.ValidationError):
				jalankan.jalankan(name)
		self.assertFalse(frappe.db.exists("DocType", "Uji Cuti Pegawai"))
		self.assertFalse(frappe.db.table_exists("Uji Cuti Pegawai"))
		self.assertFalse(frappe.db.exists("Role", PEMOHON))
		self.assertFalse(frappe.db.exists("Workflow", {"document_type": "Uji Cuti Pegawai"}))
		self.assertFalse(frappe.db.exists("Workspace Shortcut", {"link_to": "Uji Cuti Pegawai"}))
		after = frappe.get_doc("SOP", name)
		self.assertEqual((after.aktif, after.document_type, after.modified), (0, None, before.modified))
		self.assertEqual([row.pelaksana for row in after.langkah], [None] * 5)


class TestCommandLine(JalankanTestCase):
	def test_preview_then_yes(self):
		name = self.sop()
		bench = Path(frappe.get_app_path("frappe")).parents[2]

		def run(*args):
			return subprocess.run(
				["bench", "--site", frappe.local.site, "jalankan-sop", "Uji Cuti Pegawai", *args],
				cwd=bench,
				capture_output=True,
				text=True,
				timeout=300,
			)

		out = run()
		self.assertEqual(out.returncode, 0, out.stderr)
		self.assertIn(f"Role {PEMOHON}: make it", out.stdout)
		self.assertFalse(frappe.db.exists("DocType", "Uji Cuti Pegawai"))
		out = run("--yes")
		self.assertEqual(out.returncode, 0, out.stderr)
		self.assertEqual(out.stdout.strip().splitlines()[-1], "Uji Cuti Pegawai")
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("SOP", name, "document_type"), "Uji Cuti Pegawai")
