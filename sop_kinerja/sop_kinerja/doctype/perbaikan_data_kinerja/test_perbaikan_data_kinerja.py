# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and Contributors
# See license.txt

import itertools
from datetime import datetime
from unittest.mock import patch

import frappe
import frappe.client
from frappe.model.workflow import WorkflowTransitionError, apply_workflow
from frappe.utils import getdate

from sop_kinerja.mesin.exceptions import (
	CatatanKembalikanRequiredError,
	KeluaranLangkahRequiredError,
	StateEditNotAllowedError,
	TransitionNotAllowedError,
)
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.arsip.arsip import buat_berkas
from sop_kinerja.tests.utils import (
	OUTSIDER,
	USERS,
	IntegrationTestCase,
	act,
	as_user,
	ensure_role_users,
	fill_koreksi,
	fill_nota_dinas,
	langkah_sop,
	log_of,
	new_perbaikan,
	sop_record,
	state_of,
	straight_path,
	transitions,
	walk_to,
)


class TestPerbaikanDataKinerja(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()

	def test_straight_path_through_ten_steps_ends_archived_with_arsip(self):
		name = new_perbaikan()
		self.assertEqual(state_of(name), kosakata.DISPOSISI_KEPALA_SATUAN)
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "langkah_sop"), 1)

		walk_to(name, kosakata.DIARSIPKAN)

		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		self.assertEqual(doc.docstatus, 1)
		self.assertEqual(doc.langkah_sop, len(langkah_sop()) + 1)

		log = log_of(name)
		self.assertEqual([row.langkah for row in log], list(range(1, 11)))
		self.assertEqual([row.aksi for row in log], [t.action for t in straight_path()])
		for row, langkah in zip(log, langkah_sop(), strict=True):
			self.assertEqual(row.workflow_state, langkah.workflow_state)
			self.assertEqual(row.role, langkah.pelaksana)
			self.assertEqual(row.user, USERS[langkah.pelaksana])
			self.assertLessEqual(row.masuk, row.keluar)
		# each step is entered when the one before it is left
		for earlier, later in itertools.pairwise(log):
			self.assertEqual(earlier.keluar, later.masuk)

		self.assertTrue(doc.arsip)
		arsip = frappe.get_doc("Arsip", doc.arsip)
		self.assertEqual((arsip.reference_doctype, arsip.reference_name), (kosakata.DOCTYPE, name))
		self.assertEqual(arsip.arsiparis, USERS[kosakata.ARSIPARIS])
		self.assertIn(name, arsip.uraian)
		# made by one INSERT: the series, the defaults and the bookkeeping as an insert gives them
		self.assertRegex(arsip.name, rf"^ARS/{getdate(doc.modified).year}/\d{{5}}$")
		self.assertEqual((arsip.tingkat_perkembangan, arsip.docstatus), ("Asli", 0))
		self.assertEqual((arsip.owner, arsip.modified_by), (USERS[kosakata.ARSIPARIS],) * 2)
		self.assertEqual(arsip.tanggal, getdate(doc.modified))
		pdf = frappe.get_doc("File", {"file_url": arsip.berkas})
		self.assertEqual(pdf.attached_to_name, arsip.name)
		self.assertTrue(pdf.is_private)
		self.assertTrue(pdf.get_content().startswith(b"%PDF"))

	def test_outside_tests_the_archive_pdf_waits_for_a_background_job(self):
		name = new_perbaikan()
		walk_to(name, "Pengarsipan")
		with patch.dict(frappe.flags, {"in_test": False}), patch("frappe.enqueue") as enqueue:
			act(name, kosakata.ARSIPKAN, kosakata.ARSIPARIS)
		arsip = frappe.db.get_value(kosakata.DOCTYPE, name, "arsip")
		self.assertEqual(state_of(name), kosakata.DIARSIPKAN)
		self.assertFalse(frappe.db.get_value("Arsip", arsip, "berkas"), "rendered inside the transition")
		enqueue.assert_called_once()
		self.assertEqual(enqueue.call_args.kwargs["arsip"], arsip)
		self.assertTrue(enqueue.call_args.kwargs["enqueue_after_commit"])
		self.assertFalse(enqueue.call_args.kwargs["now"])

		with as_user(kosakata.PELAKSANA), self.assertRaises(frappe.PermissionError):
			buat_berkas(arsip)
		with as_user(kosakata.ARSIPARIS):
			berkas = buat_berkas(arsip)  # the form's button, e.g. after the job failed
		pdf = frappe.get_doc("File", {"file_url": berkas})
		self.assertEqual((pdf.attached_to_doctype, pdf.attached_to_name), ("Arsip", arsip))
		self.assertTrue(pdf.get_content().startswith(b"%PDF"))
		with as_user(kosakata.ARSIPARIS):
			self.assertEqual(buat_berkas(arsip), berkas)  # made once
		self.assertEqual(frappe.db.count("File", {"attached_to_name": arsip}), 1)

	def test_each_send_back_needs_a_note_and_returns_to_the_step_before(self):
		name = new_perbaikan()
		steps = langkah_sop()
		by_state = {langkah.workflow_state: langkah for langkah in steps}
		for reviewer_state in ("Telaah Kasubbag", "Telaah Sekretaris", "Telaah Kepala Satuan"):
			walk_to(name, reviewer_state)
			langkah = by_state[reviewer_state]
			previous = steps[langkah.no - 2].workflow_state
			log_before = len(log_of(name))

			with self.assertRaises(CatatanKembalikanRequiredError):
				act(name, kosakata.KEMBALIKAN, langkah.pelaksana)
			self.assertEqual(state_of(name), reviewer_state)
			self.assertEqual(len(log_of(name)), log_before)

			with self.assertRaises(CatatanKembalikanRequiredError):
				act(name, kosakata.KEMBALIKAN, langkah.pelaksana, catatan="   ")
			self.assertEqual(state_of(name), reviewer_state)

			note = f"Angka capaian pada langkah {langkah.no} belum sesuai sumber data."
			act(name, kosakata.KEMBALIKAN, langkah.pelaksana, catatan=note)
			self.assertEqual(state_of(name), previous)
			last = log_of(name)[-1]
			self.assertEqual((last.aksi, last.catatan, last.langkah), (kosakata.KEMBALIKAN, note, langkah.no))
			self.assertEqual((last.workflow_state, last.next_state), (reviewer_state, previous))
			self.assertFalse(frappe.db.get_value(kosakata.DOCTYPE, name, "catatan_perbaikan"))
			self.assertTrue(
				frappe.db.exists(
					"Comment",
					{
						"reference_doctype": kosakata.DOCTYPE,
						"reference_name": name,
						"comment_type": "Comment",
						"content": ("like", f"%{note}%"),
					},
				)
			)
		walk_to(name, kosakata.DIARSIPKAN)
		self.assertEqual(
			len(log_of(name)), 10 + 3 + 3
		)  # three loops, each a send-back and one step forward again

	def test_every_action_the_workflow_does_not_allow_is_refused(self):
		"""At every state, every (role, action) outside the workflow's transitions fails and changes nothing."""
		allowed = {(t.state, t.action, t.role) for t in transitions()}
		record = sop_record()
		states = [*(langkah.workflow_state for langkah in langkah_sop()), record.status_akhir]
		name = new_perbaikan()
		checked = 0
		for state in states:
			walk_to(name, state)
			if state == kosakata.PENYUSUNAN_PELAKSANA:
				fill_koreksi(name)
			modified = frappe.db.get_value(kosakata.DOCTYPE, name, "modified")
			for role in kosakata.ROLES:
				for action in kosakata.ACTIONS:
					if (state, action, role) in allowed:
						continue
					with self.subTest(state=state, role=role, action=action):
						with self.assertRaises((WorkflowTransitionError, frappe.PermissionError)):
							act(name, action, role)
						self.assertEqual(state_of(name), state)
					checked += 1
			self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "modified"), modified)
		self.assertEqual(checked, len(states) * len(kosakata.ROLES) * len(kosakata.ACTIONS) - len(allowed))

	def test_allow_edit_is_enforced_over_the_api(self):
		name = new_perbaikan()
		walk_to(name, "Penyusunan Pelaksana")
		fill_koreksi(name)

		for role in (kosakata.SEKRETARIS, kosakata.KASUBBAG, kosakata.KEPALA_SATUAN, kosakata.ARSIPARIS):
			with self.subTest(role=role), as_user(role):
				with self.assertRaises(StateEditNotAllowedError):
					frappe.client.set_value(kosakata.DOCTYPE, name, "hal", "Diubah oleh yang tidak berhak")
				doc = frappe.client.get(kosakata.DOCTYPE, name)
				doc["koreksi"][0]["nilai_perbaikan"] = "99"
				with self.assertRaises(StateEditNotAllowedError):
					frappe.client.save(doc)
		self.assertEqual(
			frappe.db.get_value("Koreksi Data Kinerja", {"parent": name, "idx": 1}, "nilai_perbaikan"), "78,5"
		)
		self.assertEqual(
			frappe.db.get_value(kosakata.DOCTYPE, name, "hal"), "Permintaan Perbaikan Data Kinerja Tahun 2026"
		)

		with as_user(kosakata.PELAKSANA):
			doc = frappe.client.get(kosakata.DOCTYPE, name)
			doc["koreksi"][0]["nilai_perbaikan"] = "80"
			frappe.client.save(doc)
		self.assertEqual(
			frappe.db.get_value("Koreksi Data Kinerja", {"parent": name, "idx": 1}, "nilai_perbaikan"), "80"
		)

	def test_error_message_is_in_indonesian_for_an_indonesian_user(self):
		name = new_perbaikan()
		frappe.local.lang = "id"
		try:
			with as_user(kosakata.PELAKSANA), self.assertRaises(StateEditNotAllowedError):
				frappe.client.set_value(kosakata.DOCTYPE, name, "hal", "x")
			message = frappe.message_log[-1] if frappe.message_log else {}
			self.assertIn("hanya peran", frappe.parse_json(message).get("message", ""))
		finally:
			frappe.local.lang = "en"

	def test_content_is_frozen_after_signing(self):
		name = new_perbaikan()
		walk_to(name, kosakata.DITANDATANGANI)
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "docstatus"), 1)
		for role in (kosakata.KEPALA_SATUAN, kosakata.SEKRETARIS):
			with self.subTest(role=role), as_user(role):
				doc = frappe.client.get(kosakata.DOCTYPE, name)
				doc["koreksi"][0]["nilai_perbaikan"] = "10"
				with self.assertRaises(frappe.UpdateAfterSubmitError):
					frappe.client.save(doc)
				with self.assertRaises((frappe.UpdateAfterSubmitError, StateEditNotAllowedError)):
					frappe.client.set_value(kosakata.DOCTYPE, name, "hal", "Diubah setelah ditandatangani")
		self.assertEqual(
			frappe.db.get_value("Koreksi Data Kinerja", {"parent": name, "idx": 1}, "nilai_perbaikan"), "78,5"
		)

	def test_submit_outside_the_signing_action_is_refused(self):
		name = new_perbaikan()
		walk_to(name, "Telaah Sekretaris")
		for role in (kosakata.SEKRETARIS, kosakata.KEPALA_SATUAN):
			with self.subTest(role=role), as_user(role):
				with self.assertRaises((TransitionNotAllowedError, frappe.PermissionError)):
					frappe.client.submit(frappe.client.get(kosakata.DOCTYPE, name))
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "docstatus"), 0)
		self.assertEqual(state_of(name), "Telaah Sekretaris")

	def test_state_cannot_be_set_directly(self):
		name = new_perbaikan()
		with as_user(kosakata.KEPALA_SATUAN):
			with self.assertRaises(frappe.ValidationError):
				frappe.client.set_value(kosakata.DOCTYPE, name, "workflow_state", "Telaah Kepala Satuan")
		self.assertEqual(state_of(name), kosakata.DISPOSISI_KEPALA_SATUAN)
		self.assertEqual(log_of(name), [])

	def test_a_step_is_left_only_with_its_output(self):
		name = new_perbaikan()
		walk_to(name, "Penyampaian Sekretaris")
		with self.assertRaises(KeluaranLangkahRequiredError):
			act(name, kosakata.SAMPAIKAN, kosakata.SEKRETARIS)
		self.assertEqual(state_of(name), "Penyampaian Sekretaris")
		fill_nota_dinas(name)
		walk_to(name, "Penyusunan Pelaksana")
		with self.assertRaises(KeluaranLangkahRequiredError):
			act(name, kosakata.SAMPAIKAN, kosakata.PELAKSANA)
		self.assertEqual(state_of(name), "Penyusunan Pelaksana")

	def test_each_transition_writes_exactly_one_log_line(self):
		name = new_perbaikan()
		walk_to(name, "Telaah Sekretaris")
		self.assertEqual(len(log_of(name)), 5)
		# saving without moving writes nothing
		with as_user(kosakata.SEKRETARIS):
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			doc.tembusan = "Kepala Satuan"
			doc.save()
		self.assertEqual(len(log_of(name)), 5)

	def test_nota_dinas_numbers_count_per_year(self):
		# the naming series reads the clock when the document is named
		with patch("frappe.model.naming.now_datetime", return_value=datetime(2031, 3, 2, 9)):
			first = new_perbaikan(tanggal="2031-03-02")
			second = new_perbaikan(tanggal="2031-03-02")
		with patch("frappe.model.naming.now_datetime", return_value=datetime(2032, 1, 5, 9)):
			next_year = new_perbaikan(tanggal="2032-01-05")
		self.assertRegex(first, r"^ND/2031/\d{5}$")
		self.assertEqual(int(second.rsplit("/", 1)[1]), int(first.rsplit("/", 1)[1]) + 1)
		self.assertEqual(next_year, "ND/2032/00001")

	def test_admin_sets_the_office_numbering_pattern_in_the_desk(self):
		from frappe.custom.doctype.property_setter.property_setter import make_property_setter

		# what Document Naming Settings / Customize Form store when the admin adds a pattern
		make_property_setter(
			kosakata.DOCTYPE,
			"naming_series",
			"options",
			"800/.YYYY./SATPOLPP/.####\nND/.YYYY./.#####",
			"Text",
			validate_fields_for_doctype=False,
		)
		make_property_setter(
			kosakata.DOCTYPE, "naming_series", "default", "800/.YYYY./SATPOLPP/.####", "Text"
		)
		frappe.clear_cache(doctype=kosakata.DOCTYPE)
		self.addCleanup(frappe.clear_cache, doctype=kosakata.DOCTYPE)  # runs last
		self.addCleanup(
			frappe.db.delete, "Property Setter", {"doc_type": kosakata.DOCTYPE, "field_name": "naming_series"}
		)

		name = new_perbaikan()
		self.assertRegex(name, r"^800/\d{4}/SATPOLPP/\d{4}$")

	def test_next_years_counters_are_made_before_the_first_document(self):
		from frappe.model.naming import NamingSeries

		from sop_kinerja.naskah.penomoran import ensure_series_counters

		with patch("frappe.model.naming.now_datetime", return_value=datetime(2041, 1, 1, 0, 5)):
			prefixes = [NamingSeries(s).get_prefix() for s in ("ND/.YYYY./.#####", "ARS/.YYYY./.#####")]
			self.assertEqual(prefixes, ["ND/2041/", "ARS/2041/"])
			for prefix in prefixes:
				self.assertIsNone(frappe.db.get_value("Series", prefix, "current", order_by=None))
			ensure_series_counters()
		for prefix in prefixes:
			self.assertEqual(frappe.db.get_value("Series", prefix, "current", order_by=None), 0)

	def test_a_stale_copy_cannot_move_the_document_twice(self):
		name = new_perbaikan()
		with as_user(kosakata.KEPALA_SATUAN):
			stale = frappe.get_doc(kosakata.DOCTYPE, name)
		act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)
		with as_user(kosakata.KEPALA_SATUAN), self.assertRaises(WorkflowTransitionError):
			apply_workflow(stale, kosakata.PERINTAHKAN)
		self.assertEqual(len(log_of(name)), 1)


class TestPermissions(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()

	def test_only_the_five_roles_and_system_manager_read(self):
		name = new_perbaikan()
		for role in kosakata.ROLES:
			self.assertTrue(frappe.has_permission(kosakata.DOCTYPE, "read", name, user=USERS[role]), role)
		self.assertTrue(frappe.has_permission(kosakata.DOCTYPE, "read", name, user="Administrator"))
		for doctype in (kosakata.DOCTYPE, "Arsip", "Log Langkah SOP"):
			self.assertFalse(frappe.has_permission(doctype, "read", user=OUTSIDER), doctype)
		with as_user(OUTSIDER), self.assertRaises(frappe.PermissionError):
			frappe.client.get(kosakata.DOCTYPE, name)

	def test_only_the_kepala_satuan_starts_a_perbaikan(self):
		for role in (kosakata.SEKRETARIS, kosakata.KASUBBAG, kosakata.PELAKSANA, kosakata.ARSIPARIS):
			with self.subTest(role=role), as_user(role), self.assertRaises(frappe.PermissionError):
				frappe.get_doc({"doctype": kosakata.DOCTYPE, "hal": "x", "tanggal": "2026-11-24"}).insert()

	def test_pelaksana_cannot_sign(self):
		self.assertFalse(frappe.has_permission(kosakata.DOCTYPE, "submit", user=USERS[kosakata.PELAKSANA]))
		name = new_perbaikan()
		walk_to(name, "Telaah Kepala Satuan")
		with self.assertRaises(WorkflowTransitionError):
			act(name, kosakata.TANDATANGANI, kosakata.PELAKSANA)
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "docstatus"), 0)

	def test_arsiparis_cannot_edit_the_corrections(self):
		name = new_perbaikan()
		walk_to(name, "Penyusunan Pelaksana")
		fill_koreksi(name)
		for state in ("Penyusunan Pelaksana", "Telaah Kasubbag", kosakata.DITANDATANGANI, "Pengarsipan"):
			walk_to(name, state)
			with self.subTest(state=state), as_user(kosakata.ARSIPARIS):
				doc = frappe.client.get(kosakata.DOCTYPE, name)
				doc["koreksi"].append({"indikator_kinerja": "Tambahan", "nilai_perbaikan": "1"})
				with self.assertRaises((StateEditNotAllowedError, frappe.UpdateAfterSubmitError)):
					frappe.client.save(doc)
		self.assertEqual(frappe.db.count("Koreksi Data Kinerja", {"parent": name}), 2)

	def test_step_log_is_read_only_to_users(self):
		name = new_perbaikan()
		act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)
		log_name = frappe.db.get_value("Log Langkah SOP", {"reference_name": name})
		for role in kosakata.ROLES:
			with self.subTest(role=role), as_user(role):
				self.assertTrue(frappe.has_permission("Log Langkah SOP", "read", log_name))
				with self.assertRaises(frappe.PermissionError):
					frappe.client.set_value("Log Langkah SOP", log_name, "catatan", "diubah")
				with self.assertRaises(frappe.PermissionError):
					frappe.client.insert(
						{
							"doctype": "Log Langkah SOP",
							"reference_doctype": kosakata.DOCTYPE,
							"reference_name": name,
						}
					)
				with self.assertRaises(frappe.PermissionError):
					frappe.client.delete("Log Langkah SOP", log_name)
