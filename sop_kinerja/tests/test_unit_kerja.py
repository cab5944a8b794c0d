"""One site, two units: each of the five roles held by one person in each unit, each person limited to
their unit by a User Permission on Unit Kerja (applied to all DocTypes), as a Frappe admin scopes people.
Every part of the app follows it: documents, notices, cards, the report, prints, numbers, delegations and
working hours."""

import json
from datetime import datetime, timedelta
from unittest.mock import patch
from urllib.parse import quote

import frappe
from frappe.desk.doctype.number_card.number_card import get_result
from frappe.model.workflow import apply_workflow
from frappe.utils import now_datetime
from frappe.utils.password import update_password

from sop_kinerja.mesin import jalankan, jam_kerja, mutu_baku, pelimpahan, unit
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.pelimpahan_wewenang.pelimpahan_wewenang import PelimpahanTidakSahError
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute as waktu_per_langkah
from sop_kinerja.tests import utils
from sop_kinerja.tests.rest import PASSWORD, Session
from sop_kinerja.tests.test_jalankan import PEMERIKSA, JalankanTestCase
from sop_kinerja.tests.test_pelimpahan import disetujui, pelimpahan_baru
from sop_kinerja.tests.utils import IntegrationTestCase, ensure_user, log_terbuka_dari, new_perbaikan, walk_to

UNIT = {"a": "Uji Bidang Ketertiban", "b": "Uji Bidang Perlindungan Masyarakat"}
NIP = {"a": "198001012005011001", "b": "198002022005011002", "sek_a": "198003032005011003"}


def email(role: str, u: str) -> str:
	return f"{frappe.scrub(role).replace('_', '.')}.{u}@unit.test"


def users_of(u: str) -> dict[str, str]:
	return {role: email(role, u) for role in kosakata.ROLES}


class of_unit:
	"""`with of_unit("a"):` the tests' helpers (new_perbaikan, walk_to, act ...) act as unit a's people,
	and the Nota Dinas names unit a's Kepala as its signer."""

	def __init__(self, u: str):
		self.patches = [
			patch.dict(utils.USERS, users_of(u)),
			patch.object(utils, "ensure_pejabat", lambda *args, **kwargs: NIP[u]),
		]

	def __enter__(self):
		for p in self.patches:
			p.start()

	def __exit__(self, *exc):
		for p in reversed(self.patches):
			p.stop()


def dokumen(u: str, state: str | None = None, **values) -> str:
	"""A Nota Dinas of unit `u` that asks both units for data, taken to `state` by unit `u`'s people."""
	with of_unit(u):
		name = new_perbaikan(
			unit_pengolah=UNIT[u], unit_kerja=[{"unit_kerja": UNIT["a"]}, {"unit_kerja": UNIT["b"]}], **values
		)
		if state:
			walk_to(name, state)
	return name


def hapus_dokumen(name: str):
	"""A committed document and what it made, gone."""
	frappe.db.rollback()
	for doctype, field in (
		("Log Langkah SOP", "reference_name"),
		("Workflow Action", "reference_name"),
		("Comment", "reference_name"),
		("Version", "docname"),
		("Perbaikan Data Kinerja Unit", "parent"),
	):
		frappe.db.delete(doctype, {field: name})
	frappe.db.delete(kosakata.DOCTYPE, {"name": name})
	frappe.db.commit()


def as_user(user):
	return utils.as_user(user)


class TestUnitKerja(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		for u, nama in UNIT.items():
			if not frappe.db.exists("Unit Kerja", nama):
				frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": nama}).insert(ignore_permissions=True)
			for role, mail in users_of(u).items():
				ensure_user(mail, [role])
				if not frappe.db.exists("User Permission", {"user": mail, "allow": "Unit Kerja"}):
					frappe.get_doc(
						{
							"doctype": "User Permission",
							"user": mail,
							"allow": "Unit Kerja",
							"for_value": nama,
							"apply_to_all_doctypes": 1,
						}
					).insert(ignore_permissions=True)
		for key, (mail, nama, u) in {
			"a": (email(kosakata.KEPALA_SATUAN, "a"), "Kepala Bidang A", "a"),
			"b": (email(kosakata.KEPALA_SATUAN, "b"), "Kepala Bidang B", "b"),
			"sek_a": (email(kosakata.SEKRETARIS, "a"), "Sekretaris Bidang A", "a"),
		}.items():
			if not frappe.db.exists("Pejabat", NIP[key]):
				frappe.get_doc(
					{
						"doctype": "Pejabat",
						"nama": nama,
						"nip": NIP[key],
						"jabatan": nama,
						"unit_kerja": UNIT[u],
						"user": mail,
					}
				).insert(ignore_permissions=True)
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.db.rollback()
		frappe.db.delete("User Permission", {"user": ("like", "%@unit.test")})
		# the users stay, as the other tests' users do, but hold no role: no other test meets them
		frappe.db.delete("Has Role", {"parenttype": "User", "parent": ("like", "%@unit.test")})
		frappe.db.delete("Pejabat", {"name": ("in", list(NIP.values()))})
		frappe.db.delete("Unit Kerja", {"name": ("in", list(UNIT.values()))})
		frappe.db.commit()
		frappe.cache.delete_value("user_permissions")
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()
		jam_kerja.clear_cache()

	def test_the_walk_in_each_unit(self):
		for u in ("a", "b"):
			name = dokumen(u, kosakata.DIARSIPKAN)
			arsip = frappe.db.get_value(kosakata.DOCTYPE, name, "arsip")
			self.assertEqual(frappe.db.get_value("Arsip", arsip, "unit_kerja"), UNIT[u])
			units = frappe.get_all(
				"Log Langkah SOP", {"reference_name": name}, pluck="unit_kerja", distinct=True
			)
			self.assertEqual(units, [UNIT[u]])
			# the asked units are both there: asking another unit does not take the document out of its own
			asked = frappe.get_all("Perbaikan Data Kinerja Unit", {"parent": name}, pluck="unit_kerja")
			self.assertEqual(sorted(asked), sorted(UNIT.values()))

	def test_refusals_across_units(self):
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		with as_user(email(kosakata.SEKRETARIS, "b")):
			self.assertFalse(frappe.has_permission(kosakata.DOCTYPE, "read", a))
			self.assertNotIn(a, frappe.get_list(kosakata.DOCTYPE, pluck="name"))
			self.assertRaises(frappe.PermissionError, frappe.get_doc(kosakata.DOCTYPE, a).save)
			self.assertRaises(
				frappe.PermissionError,
				apply_workflow,
				frappe.get_doc(kosakata.DOCTYPE, a),
				kosakata.SAMPAIKAN,
			)
			self.assertRaises(
				frappe.PermissionError,
				frappe.get_print,
				kosakata.DOCTYPE,
				a,
				print_format="Nota Dinas",
				as_pdf=True,
			)
			self.assertRaises(frappe.PermissionError, frappe.client.get, kosakata.DOCTYPE, a)
			self.assertNotIn(a, frappe.get_list("Log Langkah SOP", pluck="reference_name"))
		with as_user(email(kosakata.SEKRETARIS, "a")):  # unit a's Sekretaris may do all of it
			self.assertTrue(frappe.has_permission(kosakata.DOCTYPE, "write", a))
			self.assertTrue(frappe.has_permission(kosakata.DOCTYPE, "print", a))
			self.assertIn(a, frappe.get_list(kosakata.DOCTYPE, pluck="name"))

	def test_overdue_notices_cards_and_report_per_unit(self):
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		b = dokumen("b", kosakata.PENYAMPAIAN_SEKRETARIS)
		dokumen("b", kosakata.PENYUSUNAN_PELAKSANA)  # closed lines in unit b, for the report
		for name in (a, b):
			line = log_terbuka_dari(name)[0]
			frappe.db.set_value(
				"Log Langkah SOP", line.name, "batas_waktu", now_datetime() - timedelta(hours=1)
			)
		mutu_baku.tandai_lewat_waktu()
		told = {
			u: set(
				frappe.get_all(
					"Notification Log", {"for_user": email(kosakata.SEKRETARIS, u)}, pluck="document_name"
				)
			)
			for u in ("a", "b")
		}
		self.assertIn(a, told["a"])
		self.assertNotIn(b, told["a"])
		self.assertIn(b, told["b"])
		self.assertNotIn(a, told["b"])

		def lewat_mutu_baku_terlihat(
			u,
		):  # the lines of the unit, and lines of no unit, which Frappe shows everyone
			return frappe.db.count(
				"Log Langkah SOP", {**mutu_baku.filter_terlambat(), "unit_kerja": ("in", [UNIT[u]])}
			) + frappe.db.count(
				"Log Langkah SOP", {**mutu_baku.filter_terlambat(), "unit_kerja": ("is", "not set")}
			)

		for u in ("a", "b"):
			with as_user(email(kosakata.SEKRETARIS, u)):
				self.assertEqual(mutu_baku.kartu_lewat_mutu_baku()["value"], lewat_mutu_baku_terlihat(u))
		# the step's number card (Frappe's own Document Type card) counts the unit's documents alone
		card = frappe.get_doc(
			"Number Card",
			{
				"document_type": kosakata.DOCTYPE,
				"filters_json": json.dumps(
					[[kosakata.DOCTYPE, "workflow_state", "=", kosakata.PENYAMPAIAN_SEKRETARIS, False]]
				),
			},
		)
		at_step = {
			u: frappe.db.count(
				kosakata.DOCTYPE,
				{"workflow_state": kosakata.PENYAMPAIAN_SEKRETARIS, "unit_pengolah": UNIT[u]},
			)
			+ frappe.db.count(
				kosakata.DOCTYPE,
				{"workflow_state": kosakata.PENYAMPAIAN_SEKRETARIS, "unit_pengolah": ("is", "not set")},
			)
			for u in ("a", "b")
		}
		for u in ("a", "b"):
			with as_user(email(kosakata.SEKRETARIS, u)):
				self.assertEqual(get_result(card, card.filters_json), at_step[u])  # as the desk asks
				# "Waiting for Me": the states, then Frappe's own list of them
				states = frappe.call("sop_kinerja.mesin.workflow.menunggu_saya", doctype=kosakata.DOCTYPE)
				waiting = frappe.get_list(kosakata.DOCTYPE, {"workflow_state": ("in", states)}, pluck="name")
				self.assertIn(a if u == "a" else b, waiting)
				self.assertNotIn(b if u == "a" else a, waiting)
		# Waktu per Langkah: the figures of the documents the user may read
		sop = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
		filters = {"sop": sop, "from_date": "2000-01-01", "to_date": "2100-01-01"}
		for u in ("a", "b"):
			with as_user(email(kosakata.KEPALA_SATUAN, u)):
				stays = {row["langkah"]: row["stays"] for row in waktu_per_langkah(filters)[1]}
			expected = {
				row.langkah: row.n
				for row in frappe.get_all(
					"Log Langkah SOP",
					filters={"sop": sop, "keluar": ("is", "set"), "unit_kerja": ("in", [UNIT[u]])},
					fields=["langkah", "count(name) as n"],
					group_by="langkah",
				)
			}
			unitless = {
				row.langkah: row.n
				for row in frappe.get_all(
					"Log Langkah SOP",
					filters={"sop": sop, "keluar": ("is", "set"), "unit_kerja": ("is", "not set")},
					fields=["langkah", "count(name) as n"],
					group_by="langkah",
				)
			}
			for no, n in stays.items():
				self.assertEqual(n, expected.get(no, 0) + unitless.get(no, 0), (u, no))

	def test_rest_refuses_across_units(self):
		"""Over HTTP, through Frappe's own app: read and move refused to the other unit (requests
		commit, so the document is committed and removed afterwards)."""
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		for u in ("a", "b"):
			update_password(email(kosakata.SEKRETARIS, u), PASSWORD)
		frappe.db.commit()
		self.addCleanup(hapus_dokumen, a)
		path = f"/api/resource/{quote(kosakata.DOCTYPE)}/{quote(a, safe='')}"
		b = Session(frappe.local.site, email(kosakata.SEKRETARIS, "b"))
		self.assertEqual(b.request("GET", path)[0], 403)
		self.assertEqual(b.request("PUT", path, json_body={"hal": "diubah"})[0], 403)
		self.assertEqual(b.act(a, kosakata.SAMPAIKAN)[0], 403)
		self.assertEqual(
			frappe.db.get_value(kosakata.DOCTYPE, a, "hal"), "Permintaan Perbaikan Data Kinerja Tahun 2026"
		)
		own = Session(frappe.local.site, email(kosakata.SEKRETARIS, "a"))
		status, answer = own.request("GET", path)
		self.assertEqual((status, answer["data"]["unit_pengolah"]), (200, UNIT["a"]))

	def test_the_verification_page_links_only_for_those_who_may_read(self):
		from sop_kinerja.www import verifikasi as halaman

		a = dokumen("a", kosakata.DITANDATANGANI)
		token = frappe.db.get_value("Verifikasi Naskah", {"reference_name": a}, "token")
		seen = {}
		for u in ("a", "b"):
			with as_user(email(kosakata.SEKRETARIS, u)), patch.dict(frappe.form_dict, {"kode": token}):
				context = frappe._dict()
				halaman.get_context(context)
				seen[u] = (context.status, context.tautan)
		self.assertEqual(seen["a"][0], "ditemukan")
		self.assertEqual(seen["a"][1], f"/app/perbaikan-data-kinerja/{a}")
		self.assertEqual(seen["b"], ("ditemukan", None))  # genuine, as for anyone, but no way into it

	def test_workflow_emails_go_to_those_who_may_read(self):
		self.addCleanup(frappe.clear_document_cache, "Workflow", kosakata.WORKFLOW)
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": "Satpol PP Uji Unit",
				"email_id": "sop-unit@satpolpp.test",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "127.0.0.1",
				"smtp_port": 2,  # never sent: the queue is what is checked
				"no_smtp_authentication": 1,
			}
		).insert(ignore_permissions=True)
		self.assertEqual(frappe.db.get_value("Workflow", kosakata.WORKFLOW, "send_email_alert"), 1)
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		recipients = set(
			frappe.get_all(
				"Email Queue Recipient",
				{"parent": ("in", frappe.get_all("Email Queue", {"reference_name": a}, pluck="name"))},
				pluck="recipient",
			)
		)
		self.assertIn(email(kosakata.SEKRETARIS, "a"), recipients)
		self.assertNotIn(email(kosakata.SEKRETARIS, "b"), recipients)

	def test_prints_carry_each_units_kop(self):
		frappe.db.set_value(
			"Unit Kerja", UNIT["a"], {"nama_instansi": "BIDANG KETERTIBAN UMUM UJI", "kota": "Sintang"}
		)
		site = frappe.get_cached_doc("Pengaturan SOP Kinerja").nama_instansi
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		b = dokumen("b", kosakata.PENYAMPAIAN_SEKRETARIS)
		with as_user(email(kosakata.KEPALA_SATUAN, "a")):
			html_a = frappe.get_print(kosakata.DOCTYPE, a, print_format="Nota Dinas")
			disposisi_a = frappe.get_print(kosakata.DOCTYPE, a, print_format="Lembar Disposisi")
		with as_user(email(kosakata.KEPALA_SATUAN, "b")):
			html_b = frappe.get_print(kosakata.DOCTYPE, b, print_format="Nota Dinas")
		self.assertIn("BIDANG KETERTIBAN UMUM UJI", html_a)
		self.assertIn("Sintang", disposisi_a)
		self.assertNotIn("BIDANG KETERTIBAN UMUM UJI", html_b)
		self.assertIn(frappe.utils.escape_html(site), html_b)  # no kop of its own: the site's
		pdf = frappe.get_print(kosakata.DOCTYPE, a, print_format="Nota Dinas", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))

	def test_numbers_per_unit_and_year(self):
		settings = frappe.get_single("Pengaturan SOP Kinerja")
		settings.update({"pola_nomor": "{nomor}/{unit}/{tahun}", "kode_unit": "SITUS", "lebar_nomor": 4})
		settings.save()
		frappe.db.set_value("Unit Kerja", UNIT["a"], "kode_unit", "TIBUM")
		frappe.db.set_value("Unit Kerja", UNIT["b"], "kode_unit", "LINMAS")

		def current(code, year=2026):
			return frappe.db.get_value("Series", f"Nota Dinas/{code}/{year}", "current", order_by=None) or 0

		before = {code: current(code) for code in ("TIBUM", "LINMAS")}
		next_year = current("TIBUM", 2027)
		a1, a2, b1 = dokumen("a"), dokumen("a"), dokumen("b")
		a2027 = dokumen("a", tanggal="2027-01-04")
		self.assertEqual(a1, f"{before['TIBUM'] + 1:04d}/TIBUM/2026")
		self.assertEqual(a2, f"{before['TIBUM'] + 2:04d}/TIBUM/2026")
		self.assertEqual(b1, f"{before['LINMAS'] + 1:04d}/LINMAS/2026")  # counts on its own
		self.assertEqual(a2027, f"{next_year + 1:04d}/TIBUM/2027")  # and starts again each year

	def test_a_delegation_is_confined_to_its_unit(self):
		# across units: refused
		across = pelimpahan_baru(pejabat=NIP["a"], pelaksana=NIP["b"])
		with self.assertRaises(PelimpahanTidakSahError) as refused:
			across.insert()
		self.assertIn("acting official is chosen from the official's own unit", str(refused.exception))
		self.assertFalse(
			frappe.db.exists("Pelimpahan Wewenang", {"pejabat": NIP["a"], "pelaksana": NIP["b"]})
		)
		# within unit a: the acting Sekretaris counts as Kepala Satuan for unit a's documents only
		within = disetujui(pelimpahan_baru(pejabat=NIP["a"], pelaksana=NIP["sek_a"]))
		self.assertEqual(within.unit_kerja, UNIT["a"])
		sek_a = email(kosakata.SEKRETARIS, "a")
		pelimpahan.clear_cache()
		self.assertIn(kosakata.KEPALA_SATUAN, frappe.get_roles(sek_a))
		self.assertIn(kosakata.KEPALA_SATUAN, pelimpahan.roles(sek_a, unit=UNIT["a"]))
		self.assertNotIn(kosakata.KEPALA_SATUAN, pelimpahan.roles(sek_a, unit=UNIT["b"]))
		self.assertIsNone(pelimpahan.aktif(sek_a, kosakata.KEPALA_SATUAN, unit=UNIT["b"]))
		a = dokumen("a")
		with as_user(sek_a):  # the Plh. gives unit a's disposisi
			apply_workflow(frappe.get_doc(kosakata.DOCTYPE, a), kosakata.PERINTAHKAN)
		line = frappe.get_all(
			"Log Langkah SOP", {"reference_name": a, "keluar": ("is", "set")}, ["user", "jenis_pelimpahan"]
		)[0]
		self.assertEqual((line.user, line.jenis_pelimpahan), (sek_a, "Plh."))

	def test_a_unit_in_shifts_keeps_its_own_hours(self):
		frappe.get_doc("Unit Kerja", UNIT["b"]).update({"sepanjang_waktu": 1}).save()
		saturday = datetime(2026, 11, 28, 10, 0)  # no office hours on Saturday
		self.assertEqual(jam_kerja.batas_waktu(saturday, 60, UNIT["b"]), saturday + timedelta(minutes=60))
		self.assertGreater(jam_kerja.batas_waktu(saturday, 60, UNIT["a"]), datetime(2026, 11, 30, 7, 30))
		with utils.pada(saturday):
			b = dokumen("b")
		line = log_terbuka_dari(b)[0]
		self.assertEqual(line.batas_waktu, line.masuk + timedelta(minutes=line.waktu_baku))

	def test_bad_input_changes_nothing(self):
		# a document left without a unit by a person limited to one
		a = dokumen("a", kosakata.PENYAMPAIAN_SEKRETARIS)
		with as_user(email(kosakata.SEKRETARIS, "a")):
			doc = frappe.get_doc(kosakata.DOCTYPE, a)
			doc.unit_pengolah = None
			with self.assertRaises(frappe.MandatoryError) as refused:
				doc.save()
		self.assertIn("your account is limited to", str(refused.exception))
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, a, "unit_pengolah"), UNIT["a"])
		# a unit deleted while documents refer to it
		self.assertRaises(frappe.LinkExistsError, frappe.delete_doc, "Unit Kerja", UNIT["a"])
		self.assertTrue(frappe.db.exists("Unit Kerja", UNIT["a"]))
		# a kop logo that is not an image
		fake = frappe.get_doc(
			{"doctype": "File", "file_name": "logo-palsu.png", "content": b"bukan gambar", "is_private": 0}
		).insert(ignore_permissions=True)
		record = frappe.get_doc("Unit Kerja", UNIT["b"])
		record.logo = fake.file_url
		with self.assertRaises(frappe.ValidationError) as refused:
			record.save()
		self.assertIn("is not an image", str(refused.exception))
		self.assertFalse(frappe.db.get_value("Unit Kerja", UNIT["b"], "logo"))

	def test_the_document_unit_rule(self):
		a = frappe.get_doc(kosakata.DOCTYPE, dokumen("a"))
		self.assertEqual(unit.field_unit(a.meta), "unit_pengolah")  # not the table of units asked
		self.assertEqual(unit.unit_dokumen(a), UNIT["a"])
		self.assertEqual(unit.unit_user(email(kosakata.ARSIPARIS, "b")), [UNIT["b"]])
		self.assertIsNone(unit.unit_user("Administrator"))


class TestSOPPerUnit(JalankanTestCase):
	"""Two units run SOPs of their own with the same actor names, on the same Roles."""

	def setUp(self):
		super().setUp()
		for nama in UNIT.values():
			if not frappe.db.exists("Unit Kerja", nama):
				frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": nama}).insert(ignore_permissions=True)
		self.addCleanup(frappe.db.delete, "Unit Kerja", {"name": ("in", list(UNIT.values()))})
		self.addCleanup(frappe.db.delete, "User Permission", {"user": ("like", "%@sop-unit.test")})

	def terbatas(self, u: str, role: str = PEMERIKSA) -> str:
		"""A user of unit `u` holding `role`, limited to the unit."""
		mail = f"{frappe.scrub(role).replace('_', '.')}.{u}@sop-unit.test"
		ensure_user(mail, [role])
		if not frappe.db.exists("User Permission", {"user": mail}):
			frappe.get_doc(
				{
					"doctype": "User Permission",
					"user": mail,
					"allow": "Unit Kerja",
					"for_value": UNIT[u],
					"apply_to_all_doctypes": 1,
				}
			).insert(ignore_permissions=True)
		frappe.db.commit()
		return mail

	def test_each_units_sop_and_its_documents(self):
		sop_a, doctype_a = self.run_sop("Uji Cuti Bidang A", unit_kerja=UNIT["a"])
		sop_b, _doctype_b = self.run_sop("Uji Cuti Bidang B", unit_kerja=UNIT["b"])
		roles = {
			name: {row.pelaksana for row in frappe.get_doc("SOP", name).langkah} for name in (sop_a, sop_b)
		}
		self.assertEqual(roles[sop_a], roles[sop_b])  # the same actors, on the same Roles
		self.assertEqual(frappe.get_meta(doctype_a).get_field("unit_kerja").default, UNIT["a"])
		doc_a = self.new_doc(doctype_a)  # the SOP's unit, by default
		self.assertEqual(frappe.db.get_value(doctype_a, doc_a, "unit_kerja"), UNIT["a"])
		frappe.db.commit()
		with as_user(self.terbatas("b")):
			self.assertFalse(frappe.has_permission(doctype_a, "read", doc_a))
			self.assertNotIn(doc_a, frappe.get_list(doctype_a, pluck="name"))
		with as_user(self.terbatas("a")):
			self.assertTrue(frappe.has_permission(doctype_a, "read", doc_a))
		# unit b's admin lists and runs unit b's SOPs alone
		with as_user(self.terbatas("b", "System Manager")):
			self.assertNotIn(sop_a, frappe.get_list("SOP", pluck="name"))
			self.assertIn(sop_b, frappe.get_list("SOP", pluck="name"))
			self.assertRaises(frappe.PermissionError, jalankan.preview_jalankan, sop_a)
			self.assertTrue(jalankan.preview_jalankan(sop_b))
