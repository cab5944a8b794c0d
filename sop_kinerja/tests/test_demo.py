"""The demo office (`bench --site SITE sop-kinerja-demo`): what it makes, that a second run changes
nothing, and that it refuses a site with documents of its own unless forced; and the second office beside
it on the same site, each office's people scoped to its own units.

The demo writes a whole office; each class keeps it in its own transaction and rolls it back, and puts
back what the demo changed outside the database (the session's language, cached settings)."""

from datetime import date, timedelta
from itertools import pairwise
from unittest.mock import patch

import frappe
from frappe.utils import getdate, now_datetime, time_diff_in_seconds
from frappe.utils.password import check_password

from sop_kinerja import demo
from sop_kinerja.mesin import jam_kerja, mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute
from sop_kinerja.tests.utils import USERS, IntegrationTestCase, as_user, ensure_role_users, new_perbaikan

LOG = mutu_baku.LOG
DIVISIONS = (
	"Sekretariat",
	"Bidang Penegakan Perundang-undangan Daerah",
	"Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
	"Bidang Perlindungan Masyarakat",
	"Bidang Sumber Daya Aparatur",
)


SATPOL_PP, KESBANGPOL = demo.KANTOR
SEMUA_DOKUMEN = sum(kantor.rencana.jumlah for kantor in demo.KANTOR)


def langkah_sop() -> list:
	return demo.langkah_sop()


def documents_of(kantor) -> set[str]:
	"""The office's demo documents: those its Kepala created."""
	return set(frappe.get_all(kosakata.DOCTYPE, {"owner": demo.pembuat_dokumen(kantor)}, pluck="name"))


def all_demo_documents() -> set[str]:
	return set().union(*(documents_of(kantor) for kantor in demo.KANTOR))


def demo_documents(**filters) -> list:
	return frappe.get_all(
		kosakata.DOCTYPE,
		filters={"owner": demo.pembuat_dokumen(), **filters},
		fields=["name", "workflow_state", "langkah_sop", "masuk_langkah", "creation", "modified", "arsip"],
		order_by="creation asc",
	)


def demo_log(**filters) -> list:
	names = [d.name for d in demo_documents()] or [""]
	return frappe.get_all(
		LOG,
		filters={"reference_doctype": kosakata.DOCTYPE, "reference_name": ("in", names), **filters},
		fields=["*"],
		order_by="name asc",
	)


def office() -> dict:
	"""Everything a run could add or change: counts, and each document's and log line's state and times."""
	demo_users = demo.email_user()
	return {
		"counts": {
			doctype: frappe.db.count(doctype)
			for doctype in (
				kosakata.DOCTYPE,
				LOG,
				"Version",
				"Comment",
				"Arsip",
				"Workflow Action",
				"Koreksi Data Kinerja",
				"Unit Kerja",
				"Pejabat",
				"User",
				"Has Role",
				"User Permission",
			)
		},
		"documents": frappe.get_all(kosakata.DOCTYPE, fields=["*"], order_by="name asc"),
		"log": frappe.get_all(LOG, fields=["*"], order_by="name asc"),
		"users": frappe.get_all(
			"User", filters={"name": ("in", demo_users)}, fields=["name", "modified"], order_by="name"
		),
		"settings": frappe.db.get_values_from_single(
			["setup_complete", "language", "time_zone", "modified"], None, "System Settings"
		),
		"sop": frappe.get_all("SOP", fields=["name", "disahkan_oleh", "modified"], order_by="name"),
		"units": frappe.get_all("Unit Kerja", fields=["*"], order_by="name"),
		"user_permissions": frappe.get_all(
			"User Permission", fields=["name", "user", "for_value", "modified"], order_by="name"
		),
	}


def run_demo(force: bool = False) -> "demo.HasilDemo":
	"""The demo as the command runs it: outside a test Frappe keeps each save's Version, which the demo
	dates back too, and the archive's PDF waits for a commit (which these tests never make)."""
	with patch.dict(frappe.flags, {"in_test": False}):
		return demo.buat_kantor_demo(force=force)


def leave_site_as_found(lang: str):
	"""The demo's writes are rolled back; what it changed beside the database is put back too."""
	frappe.set_user("Administrator")
	frappe.db.rollback()
	frappe.local.lang = lang  # saving System Settings switches the session to the office's language
	if hasattr(frappe.local, "system_settings"):
		del frappe.local.system_settings  # the time zone, cached for this process
	frappe.clear_cache()


class TestKantorDemo(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.lang = frappe.local.lang
		# the suite's other tests may leave documents of their own on the site: refusing them is tested
		# below (TestDemoRefuses), here the office itself
		cls.hasil = run_demo(force=bool(demo.dokumen_lain()))
		cls.now = now_datetime()

	@classmethod
	def tearDownClass(cls):
		leave_site_as_found(cls.lang)
		super().tearDownClass()

	def test_the_divisions_stand_under_the_satuan(self):
		for name in DIVISIONS:
			parent = frappe.db.get_value("Unit Kerja", name, "induk")
			self.assertTrue(frappe.db.exists("Unit Kerja", name), name)
			while parent:  # up to the Satuan, which stands alone
				name, parent = parent, frappe.db.get_value("Unit Kerja", parent, "induk")
			self.assertEqual(name, demo.SATUAN)

	def test_officials_have_real_looking_nips_and_ranks(self):
		pegawai = [p for kantor in demo.KANTOR for p in kantor.pegawai]
		pejabat = frappe.get_all(
			"Pejabat",
			filters={"nip": ("in", [p.nip for p in pegawai])},
			fields=["nama", "nip", "pangkat_golongan", "jabatan", "unit_kerja", "user"],
		)
		self.assertEqual(len(pejabat), len(pegawai))
		self.assertGreaterEqual(len(pejabat), 10)
		for p in pejabat:
			self.assertRegex(p.nip, r"^\d{18}$")
			born = date(int(p.nip[:4]), int(p.nip[4:6]), int(p.nip[6:8]))
			appointed_year, appointed_month = int(p.nip[8:12]), int(p.nip[12:14])
			self.assertTrue(1 <= appointed_month <= 12, p.nip)
			self.assertTrue(born.year + 18 <= appointed_year <= date.today().year, p.nip)
			self.assertIn(p.nip[14], "12")  # sex
			self.assertRegex(p.pangkat_golongan, r"\((I|II|III|IV)/[a-e]\)$")
			self.assertTrue(p.jabatan and frappe.db.exists("Unit Kerja", p.unit_kerja), p.nama)
		self.assertEqual(len({p.nip for p in pejabat}), len(pejabat))
		linked = {p.user for p in pejabat if p.user}
		self.assertEqual(linked, set(demo.email_user()))
		# each office's officials sit in its own units
		for kantor in demo.KANTOR:
			for p in kantor.pegawai:
				self.assertIn(frappe.db.get_value("Pejabat", p.nip, "unit_kerja"), kantor.semua_unit)

	def test_one_user_per_role_holding_that_role_alone_in_each_office(self):
		self.assertEqual(list(self.hasil.pengguna), [kantor.satuan for kantor in demo.KANTOR])
		printed = {}
		for kantor in demo.KANTOR:
			users = {user: role for user, role, _password in self.hasil.pengguna[kantor.satuan]}
			self.assertEqual(sorted(users.values()), sorted(kosakata.ROLES))
			self.assertEqual(sorted(users), sorted(demo.email_user(kantor)))
			self.assertTrue(all(user.endswith("@" + kantor.pegawai[0].domain) for user in users))
			printed.update(users)
		self.assertEqual(SATPOL_PP.pegawai[0].domain, demo.DOMAIN)
		self.assertEqual(len(printed), len(demo.KANTOR) * len(kosakata.ROLES))  # nobody in two offices
		summary = self.hasil.ringkasan()
		for user in printed:
			self.assertIn(user, summary)
		passwords = demo.buat_user()  # set again here: another test's second run sets new ones
		for user, role in printed.items():
			self.assertTrue(user.endswith(".example"))  # a reserved domain (RFC 2606)
			self.assertNotIn("sop-kinerja.test", user)  # never one of the tests' users
			roles = frappe.get_all("Has Role", {"parent": user, "parenttype": "User"}, pluck="role")
			self.assertEqual(roles, [role])
			values = frappe.db.get_value(
				"User", user, ["enabled", "user_type", "language", "time_zone", "first_name"], as_dict=True
			)
			self.assertEqual(
				(values.enabled, values.user_type, values.language, values.time_zone),
				(1, "System User", "id", "Asia/Pontianak"),
			)
			self.assertTrue(values.first_name)
			self.assertEqual(check_password(user, passwords[user]), user)
		with self.assertRaises(frappe.AuthenticationError):
			check_password(next(iter(printed)), "bukan-kata-sandinya")

	def test_the_desk_is_ready_in_indonesian_in_pontianak_time(self):
		settings = frappe.get_single("System Settings")
		self.assertEqual(
			(settings.setup_complete, settings.language, settings.time_zone), (1, "id", "Asia/Pontianak")
		)
		self.assertEqual(
			frappe.db.get_value("SOP", mutu_baku.sop_for_doctype(kosakata.DOCTYPE), "disahkan_nip"),
			demo.USER_PER_ROLE[kosakata.KEPALA_SATUAN].nip,
		)

	def test_thirty_documents_wait_at_every_step_and_some_are_archived(self):
		documents = demo_documents()
		self.assertEqual(len(documents), demo.JUMLAH_DOKUMEN)
		per_state = {}
		for doc in documents:
			per_state.setdefault(doc.workflow_state, []).append(doc)
		steps = langkah_sop()
		self.assertEqual(set(per_state), {row.workflow_state for row in steps} | {kosakata.DIARSIPKAN})
		self.assertEqual(len(per_state[kosakata.DIARSIPKAN]), demo.JUMLAH_DIARSIPKAN)
		for row in steps:
			for doc in per_state[row.workflow_state]:
				# waiting there: the form's step and the one open log line agree
				(open_line,) = demo_log(reference_name=doc.name, keluar=("is", "not set"))
				self.assertEqual(
					(doc.langkah_sop, open_line.langkah, open_line.role), (row.no, row.no, row.pelaksana)
				)
				self.assertEqual(open_line.masuk, doc.masuk_langkah)
			# the workspace's number card for the step counts them
			card = frappe.get_doc("Number Card", f"Langkah {row.no} - {row.workflow_state}")
			self.assertIn(row.workflow_state, card.filters_json)
			self.assertGreaterEqual(
				frappe.db.count(kosakata.DOCTYPE, {"workflow_state": row.workflow_state}),
				len(per_state[row.workflow_state]),
			)
		printed = {label: jumlah for label, jumlah, _lewat in self.hasil.per_langkah}
		self.assertEqual(sum(printed.values()), SEMUA_DOKUMEN)  # both offices'
		self.assertEqual(len(documents_of(KESBANGPOL)), KESBANGPOL.rencana.jumlah)

	def test_the_verification_page_says_when_each_was_signed_in_the_story(self):
		signed = demo_documents(docstatus=1)
		self.assertTrue(signed)
		for doc in signed:
			(move,) = demo_log(reference_name=doc.name, next_state=kosakata.DITANDATANGANI)
			self.assertEqual(
				frappe.db.get_value("Verifikasi Naskah", {"reference_name": doc.name}, "ditandatangani_pada"),
				move.keluar,
			)

	def test_archived_documents_have_their_arsip_dated_when_they_were_archived(self):
		for doc in demo_documents(workflow_state=kosakata.DIARSIPKAN):
			arsip = frappe.get_doc("Arsip", doc.arsip)
			self.assertEqual((arsip.reference_doctype, arsip.reference_name), (kosakata.DOCTYPE, doc.name))
			(last,) = demo_log(reference_name=doc.name, langkah=len(langkah_sop()), keluar=("is", "set"))
			self.assertEqual(last.next_state, kosakata.DIARSIPKAN)
			self.assertEqual(getdate(arsip.tanggal), last.keluar.date())
			self.assertLess(abs(time_diff_in_seconds(arsip.creation, last.keluar)), 5)
			self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, doc.name, "docstatus"), 1)

	def test_some_wait_past_the_standard_and_the_card_counts_them(self):
		open_lines = demo_log(keluar=("is", "not set"))
		overdue = [line for line in open_lines if line.batas_waktu < now_datetime()]
		planned = round((demo.JUMLAH_DOKUMEN - demo.JUMLAH_DIARSIPKAN) * demo.BAGIAN_LEWAT_WAKTU)
		self.assertGreaterEqual(len(overdue), planned)
		self.assertGreaterEqual(mutu_baku.kartu_lewat_mutu_baku()["value"], len(overdue))
		# past it by more than a slip: waiting at least twice the standard, in working time
		self.assertGreaterEqual(
			sum(
				1
				for line in overdue
				if jam_kerja.detik_kerja(line.masuk, self.now) >= 2 * line.waktu_baku * 60
			),
			planned,
		)

	def test_some_were_sent_back_once_with_a_note_on_the_log_and_the_timeline(self):
		steps = {row.no: row for row in langkah_sop()}
		sent_back = [
			line for line in demo_log() if line.aksi and line.aksi == steps[line.langkah].aksi_tidak_setuju
		]
		self.assertEqual(len(sent_back), demo.JUMLAH_DIKEMBALIKAN)
		self.assertEqual(len({line.reference_name for line in sent_back}), len(sent_back))  # once each
		for line in sent_back:
			self.assertTrue(line.catatan)
			self.assertEqual(line.next_state, steps[steps[line.langkah].tidak_setuju_ke].workflow_state)
			self.assertIn(line.role, (kosakata.KASUBBAG, kosakata.SEKRETARIS, kosakata.KEPALA_SATUAN))
			comments = frappe.get_all(
				"Comment",
				filters={"reference_doctype": kosakata.DOCTYPE, "reference_name": line.reference_name},
				fields=["content", "creation"],
			)
			note = next(c for c in comments if frappe.utils.escape_html(line.catatan) in c.content)
			self.assertLess(abs(time_diff_in_seconds(note.creation, line.keluar)), 5)
			# the step it went back to was worked a second time
			again = demo_log(reference_name=line.reference_name, langkah=steps[line.langkah].tidak_setuju_ke)
			self.assertEqual(sorted(row.putaran for row in again), [1, 2])

	def test_each_move_was_made_by_the_user_holding_its_role(self):
		users = {role: demo.USER_PER_ROLE[role].email for role in kosakata.ROLES}
		for line in demo_log(keluar=("is", "set")):
			self.assertEqual(line.user, users[line.role], (line.reference_name, line.langkah))
		owners = frappe.get_all(
			"Version",
			filters={"ref_doctype": kosakata.DOCTYPE, "docname": ("in", [d.name for d in demo_documents()])},
			pluck="owner",
		)
		self.assertTrue(owners)
		self.assertLessEqual(set(owners), set(users.values()))

	def test_the_log_reads_like_weeks_of_office_work_mostly_within_the_standard(self):
		documents = demo_documents()
		self.assertLess(documents[0].creation, self.now - timedelta(weeks=3))  # spread over past weeks
		self.assertGreaterEqual(documents[0].creation, self.now - timedelta(weeks=demo.MINGGU + 1))
		closed = []
		for doc in documents:
			lines = demo_log(reference_name=doc.name)
			self.assertLess(abs(time_diff_in_seconds(lines[0].masuk, doc.creation)), 1)
			for before, after in pairwise(lines):
				self.assertEqual(before.keluar, after.masuk)  # the next step begins as the last one ends
			for line in lines:
				self.assertEqual(line.batas_waktu, jam_kerja.batas_waktu(line.masuk, line.waktu_baku))
				self.assertLessEqual(line.keluar or line.masuk, self.now)
				if line.keluar:
					self.assertAlmostEqual(line.durasi, jam_kerja.detik_kerja(line.masuk, line.keluar), 3)
					self.assertAlmostEqual(line.durasi_jam, time_diff_in_seconds(line.keluar, line.masuk), 3)
					self.assertEqual(line.lewat_waktu, int(line.durasi > line.waktu_baku * 60))
					closed.append(line)
			# last changed by its last move, or by what was written at the step it waits at
			versions = frappe.get_all(
				"Version", {"ref_doctype": kosakata.DOCTYPE, "docname": doc.name}, pluck="creation"
			)
			self.assertLess(abs(time_diff_in_seconds(doc.modified, max(versions, default=doc.creation))), 1)
			self.assertGreater(time_diff_in_seconds(doc.modified, lines[-1].keluar or lines[-1].masuk), -1)
			self.assertLessEqual(doc.modified, self.now)
			# what Frappe wrote beside each move is dated with it: nothing of an old document is from today
			for doctype, filters in (
				("Version", {"ref_doctype": kosakata.DOCTYPE, "docname": doc.name}),
				("Comment", {"reference_doctype": kosakata.DOCTYPE, "reference_name": doc.name}),
				("Workflow Action", {"reference_doctype": kosakata.DOCTYPE, "reference_name": doc.name}),
			):
				for created in frappe.get_all(doctype, filters=filters, pluck="creation"):
					self.assertGreaterEqual(created, doc.creation - timedelta(seconds=1), doctype)
					self.assertLessEqual(created, doc.modified + timedelta(seconds=5), doctype)
		within = sum(1 for line in closed if not line.lewat_waktu) / len(closed)
		self.assertGreater(len(closed), 150)
		self.assertTrue(0.6 <= within < 1, within)  # mostly within the standard, some over

	def test_the_report_shows_every_step_with_realistic_figures(self):
		_columns, data, _message, chart, _summary = execute(
			{
				"sop": mutu_baku.sop_for_doctype(kosakata.DOCTYPE),
				"from_date": getdate(self.now) - timedelta(weeks=demo.MINGGU + 1),
				"to_date": getdate(self.now),
			}
		)
		self.assertEqual(len(data), len(langkah_sop()))
		for row in data:
			self.assertGreater(row["stays"], 0, row["langkah"])
			self.assertGreater(row["median"], 0, row["langkah"])
		# mostly within the standard: the typical stay of most steps is shorter than its mutu baku
		self.assertGreaterEqual(
			sum(1 for row in data if row["median"] <= row["waktu_baku"]), len(data) - 2, data
		)
		self.assertEqual(len(chart["data"]["labels"]), len(data))

	def test_the_nota_dinas_is_written_and_signed_by_the_office(self):
		signed = demo_documents(docstatus=1)
		self.assertTrue(signed)
		for name in (d.name for d in signed):
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			self.assertEqual(doc.penandatangan, demo.USER_PER_ROLE[kosakata.KEPALA_SATUAN].nip)
			self.assertTrue(doc.isi and doc.kepada and doc.koreksi and doc.unit_kerja)
			self.assertRegex(doc.surat_nomor, r"^\d{3}/\d+/[A-Z]+$")
			self.assertLessEqual(doc.surat_tanggal, doc.tanggal)
			self.assertEqual(getdate(doc.tanggal), doc.creation.date())

	def test_the_second_office_has_its_own_units_kop_and_people(self):
		self.assertNotEqual(KESBANGPOL.satuan, SATPOL_PP.satuan)
		self.assertFalse(set(KESBANGPOL.semua_unit) & set(SATPOL_PP.semua_unit))
		for nama in KESBANGPOL.semua_unit:
			parent, top = frappe.db.get_value("Unit Kerja", nama, "induk"), nama
			while parent:  # up to its own top, not Satpol PP's
				top, parent = parent, frappe.db.get_value("Unit Kerja", parent, "induk")
			self.assertEqual(top, KESBANGPOL.satuan)
		# each office's units carry its kop and Nota Dinas code, so prints and numbers differ
		for kantor in demo.KANTOR:
			for nama in kantor.semua_unit:
				values = frappe.db.get_value("Unit Kerja", nama, list(kantor.kop), as_dict=True)
				self.assertEqual(values, kantor.kop, nama)
		self.assertNotEqual(SATPOL_PP.kop["nama_instansi"], KESBANGPOL.kop["nama_instansi"])
		self.assertNotEqual(SATPOL_PP.kop["kode_unit"], KESBANGPOL.kop["kode_unit"])
		# its five users, one role each, the same Roles as the first office's
		for role, pegawai in KESBANGPOL.user_per_role.items():
			self.assertEqual(
				frappe.get_all("Has Role", {"parent": pegawai.email, "parenttype": "User"}, pluck="role"),
				[role],
			)
			self.assertEqual(frappe.db.get_value("Pejabat", pegawai.nip, "user"), pegawai.email)
		# its documents belong to its units and were moved by its own users
		documents = documents_of(KESBANGPOL)
		self.assertEqual(len(documents), KESBANGPOL.rencana.jumlah)
		units = frappe.get_all(
			kosakata.DOCTYPE, {"name": ("in", list(documents))}, pluck="unit_pengolah", distinct=True
		)
		self.assertLessEqual(set(units), set(KESBANGPOL.semua_unit))
		states = frappe.get_all(
			kosakata.DOCTYPE, {"name": ("in", list(documents))}, pluck="workflow_state", distinct=True
		)
		self.assertGreaterEqual(len(states), 3)  # at different steps
		movers = frappe.get_all(
			LOG, {"reference_name": ("in", list(documents)), "keluar": ("is", "set")}, pluck="user"
		)
		self.assertTrue(movers)
		self.assertLessEqual(set(movers), set(demo.email_user(KESBANGPOL)))
		# its Nota Dinas may ask a unit of the other office for data as well
		asked = frappe.get_all(
			"Perbaikan Data Kinerja Unit", {"parent": ("in", list(documents))}, pluck="unit_kerja"
		)
		self.assertTrue(set(asked) & set(SATPOL_PP.semua_unit))

	def test_each_user_is_scoped_to_exactly_their_offices_units(self):
		for kantor in demo.KANTOR:
			for user in demo.email_user(kantor):
				rows = frappe.get_all(
					"User Permission",
					{"user": user, "allow": "Unit Kerja"},
					["for_value", "apply_to_all_doctypes"],
				)
				self.assertEqual(sorted(row.for_value for row in rows), sorted(kantor.semua_unit), user)
				self.assertTrue(all(row.apply_to_all_doctypes for row in rows), user)

	def test_each_office_lists_its_own_documents_alone(self):
		for kantor, other in ((KESBANGPOL, SATPOL_PP), (SATPOL_PP, KESBANGPOL)):
			sekretaris = kantor.user_per_role[kosakata.SEKRETARIS].email
			with as_user(sekretaris):
				listed = frappe.get_list(
					kosakata.DOCTYPE, fields=["name", "unit_pengolah"], limit_page_length=0
				)
				self.assertFalse(
					frappe.has_permission(kosakata.DOCTYPE, "read", next(iter(documents_of(other))))
				)
			names = {row.name for row in listed}
			self.assertTrue(names, sekretaris)
			self.assertLessEqual(documents_of(kantor), names)
			self.assertFalse(names & documents_of(other), sekretaris)
			# only the office's units (a document of no unit, as Frappe shows anyone, aside)
			self.assertLessEqual({row.unit_pengolah for row in listed} - {None}, set(kantor.semua_unit))

	def test_notices_name_no_document_of_the_other_office(self):
		mutu_baku.tandai_lewat_waktu()  # the scheduled job: the documents past their standard
		for kantor, other in ((KESBANGPOL, SATPOL_PP), (SATPOL_PP, KESBANGPOL)):
			told = frappe.get_all(
				"Notification Log",
				{"for_user": ("in", demo.email_user(kantor)), "document_type": kosakata.DOCTYPE},
				pluck="document_name",
			)
			self.assertTrue(set(told) & documents_of(kantor), kantor.satuan)
			self.assertFalse(set(told) & documents_of(other), kantor.satuan)

	def test_each_offices_nota_dinas_carries_its_own_kop(self):
		for kantor, other in ((KESBANGPOL, SATPOL_PP), (SATPOL_PP, KESBANGPOL)):
			signed = frappe.get_all(
				kosakata.DOCTYPE,
				{"owner": demo.pembuat_dokumen(kantor), "docstatus": 1},
				pluck="name",
				limit=1,
			)
			self.assertTrue(signed, kantor.satuan)
			with as_user(kantor.kepala.email):
				html = frappe.get_print(kosakata.DOCTYPE, signed[0], print_format="Nota Dinas")
			self.assertIn(kantor.kop["nama_instansi"], html)
			self.assertIn(kantor.kop["alamat_instansi"], html)
			self.assertNotIn(other.kop["alamat_instansi"], html)

	def test_a_second_run_changes_nothing(self):
		before = office()
		again = run_demo(force=True)
		self.assertEqual((again.dibuat, again.sudah_ada), (0, SEMUA_DOKUMEN))
		self.assertEqual(office(), before)
		# the passwords alone are new: printed again, and they work
		for pengguna in again.pengguna.values():
			for user, _role, password in pengguna:
				self.assertEqual(check_password(user, password), user)


class TestDemoRefuses(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()
		cls.lang = frappe.local.lang

	def tearDown(self):
		leave_site_as_found(self.lang)

	def test_a_site_with_documents_of_its_own_is_refused_untouched_unless_forced(self):
		own = new_perbaikan()  # by the tests' Kepala Satuan, not the demo's
		before = office()
		before_demo = all_demo_documents()

		with self.assertRaises(demo.RealDocumentsPresentError) as refused:
			run_demo()

		self.assertIn("--force", str(refused.exception))
		self.assertRegex(str(refused.exception), r"\b[1-9]\d*\b")  # says how many
		self.assertEqual(office(), before)

		hasil = run_demo(force=True)

		# made now, unless a demo made before is on the site (then kept, as a second run keeps it)
		self.assertEqual(hasil.dibuat, SEMUA_DOKUMEN - len(before_demo))
		self.assertEqual(len(demo_documents()), demo.JUMLAH_DOKUMEN)
		self.assertEqual(len(all_demo_documents()), SEMUA_DOKUMEN)
		mine = frappe.get_doc(kosakata.DOCTYPE, own)
		self.assertEqual(
			(mine.workflow_state, mine.owner),
			(kosakata.DISPOSISI_KEPALA_SATUAN, USERS[kosakata.KEPALA_SATUAN]),
		)
		self.assertEqual(demo.dokumen_lain(), before["counts"][kosakata.DOCTYPE] - len(before_demo))
