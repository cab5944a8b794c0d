"""Test helpers: one user per SOP role, each holding only that role, and a document walked along the SOP."""

from contextlib import ContextDecorator, contextmanager
from unittest.mock import patch

import frappe
from frappe.model.workflow import apply_workflow

from sop_kinerja.mesin import jam_kerja, mutu_baku, sop_ke_workflow
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import LOG_FIELDS
from sop_kinerja.tests.contoh import NOTA_DINAS, koreksi_row

try:  # Frappe v16
	from frappe.tests import IntegrationTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as IntegrationTestCase

USERS = {
	kosakata.KEPALA_SATUAN: "kepala.satuan@sop-kinerja.test",
	kosakata.SEKRETARIS: "sekretaris@sop-kinerja.test",
	kosakata.KASUBBAG: "kasubbag.renja@sop-kinerja.test",
	kosakata.PELAKSANA: "pelaksana@sop-kinerja.test",
	kosakata.ARSIPARIS: "arsiparis@sop-kinerja.test",
}
OUTSIDER = "tamu@sop-kinerja.test"
NIP_KEPALA = "197503152000031002"


def sop_record():
	"""The SOP record that governs Perbaikan Data Kinerja, as the site has it now. Read afresh, not
	cached: a test that edits the record rolls its edit back, which a cached copy would outlive."""
	return frappe.get_doc("SOP", mutu_baku.sop_for_doctype(kosakata.DOCTYPE))


def langkah_sop() -> list:
	"""The record's steps, in SOP order."""
	return sop_ke_workflow.ordered(sop_record().langkah)


def transitions() -> list[frappe._dict]:
	"""Every transition the record's steps make: each step's action on, and each decision's way back."""
	record = sop_record()
	return [
		frappe._dict(state=t["state"], action=t["action"], next_state=t["next_state"], role=t["allowed"])
		for t in sop_ke_workflow.workflow_spec(record.langkah, record.status_akhir)["transitions"]
	]


def straight_path() -> list[frappe._dict]:
	"""Every forward transition, in SOP order."""
	return [t for t in transitions() if not mutu_baku.is_kembalikan(kosakata.DOCTYPE, t.state, t.next_state)]


def ensure_user(email: str, roles: list[str]):
	if frappe.db.exists("User", email):
		user = frappe.get_doc("User", email)
		user.set("roles", [])
	else:
		user = frappe.new_doc("User")
		user.update({"email": email, "first_name": email.split("@")[0].replace(".", " ").title()})
		user.send_welcome_email = 0
	for role in roles:
		user.append("roles", {"role": role})
	user.flags.no_welcome_mail = True
	user.save(ignore_permissions=True)
	# once setup is complete, Frappe makes a desk user System Manager when nobody but Administrator is one
	# (User.add_system_manager_role); a test user holds its own roles alone
	frappe.db.delete("Has Role", {"parenttype": "User", "parent": email, "role": ("not in", roles)})
	frappe.clear_cache(user=email)
	return user


def ensure_role_users():
	"""The test users are the site's test fixtures: committed, so a test's rollback keeps them."""
	for role, email in USERS.items():
		ensure_user(email, [role])
	ensure_user(OUTSIDER, ["Blogger"])
	frappe.db.commit()


def ensure_pejabat(user: str | None = USERS[kosakata.KEPALA_SATUAN]) -> str:
	"""The signing official of the tests' Nota Dinas (his NIP), linked to `user` when given."""
	if not frappe.db.exists("Pejabat", NIP_KEPALA):
		frappe.get_doc(
			{
				"doctype": "Pejabat",
				"nama": "Drs. H. Ahmad Fauzi, M.Si.",
				"nip": NIP_KEPALA,
				"pangkat_golongan": "Pembina Utama Muda (IV/c)",
				"jabatan": "Kepala Satuan Polisi Pamong Praja",
				"user": user,
			}
		).insert(ignore_permissions=True)
	return NIP_KEPALA


class RoleUsersTestCase(IntegrationTestCase):
	"""Tests acting as the five role users; each test's writes are rolled back after it."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()


class as_user:
	"""`with as_user(role):` acts as the test user who holds only that role."""

	def __init__(self, role_or_email: str):
		self.user = USERS.get(role_or_email, role_or_email)

	def __enter__(self):
		self.previous = frappe.session.user
		frappe.set_user(self.user)
		return self.user

	def __exit__(self, *exc):
		frappe.set_user(self.previous)


@contextmanager
def pada(moment):
	"""The app's clock stands at `moment` (site time) for what reads it: the step log, the overdue job
	and the form (Frappe's own `freeze_time` needs freezegun, a development dependency of Frappe)."""
	with (
		patch("sop_kinerja.mesin.mutu_baku.now_datetime", lambda: moment),
		patch("sop_kinerja.mesin.aturan_langkah.now_datetime", lambda: moment),
	):
		yield


class kalender_kerja(ContextDecorator):
	"""`with kalender_kerja(sepanjang_waktu=1):`, or as a decorator: the working calendar as a test needs
	it (its fields, and `jam_kerja` as rows of (hari, masuk, pulang, istirahat mulai, istirahat
	selesai)); put back afterwards."""

	FIELDS = ("sepanjang_waktu", "sumber_hari_libur", "holiday_list")
	ROW = ("hari", "jam_mulai", "jam_selesai", "istirahat_mulai", "istirahat_selesai")

	def __init__(self, jam_kerja=None, **values):
		self.values = values
		self.rows = [dict(zip(self.ROW, row, strict=True)) for row in jam_kerja] if jam_kerja else None

	def __enter__(self):
		doc = frappe.get_single(jam_kerja.KALENDER)
		self.before = {field: doc.get(field) for field in self.FIELDS}
		self.rows_before = [{field: row.get(field) for field in self.ROW} for row in doc.jam_kerja]
		self._save(self.values, self.rows)
		return doc

	def __exit__(self, *exc):
		self._save(self.before, self.rows_before)

	def _save(self, values, rows):
		doc = frappe.get_single(jam_kerja.KALENDER)
		doc.update(values)
		if rows is not None:
			doc.set("jam_kerja", rows)
		doc.save(ignore_permissions=True)


def new_perbaikan(**values) -> str:
	"""Step 1 starts: the Kepala Satuan records the incoming letter and the disposition."""
	with as_user(kosakata.KEPALA_SATUAN):
		doc = frappe.get_doc(
			{
				"doctype": kosakata.DOCTYPE,
				"hal": "Permintaan Perbaikan Data Kinerja Tahun 2026",
				"tanggal": "2026-11-24",
				"surat_dari": "Biro Organisasi Setda Provinsi Kalimantan Barat",
				"surat_nomor": "061/245/ORG",
				"surat_tanggal": "2026-11-20",
				"nomor_agenda": "412",
				"tanggal_diterima": "2026-11-21",
				"isi_disposisi": "Siapkan Nota Dinas permintaan data kinerja ke seluruh bidang.",
				**values,
			}
		).insert()
	return doc.name


def nota_dinas_values() -> dict:
	"""The Nota Dinas as the tests write it (step 2's output)."""
	return {**NOTA_DINAS, "penandatangan": ensure_pejabat()}


def fill_nota_dinas(name: str, **values):
	"""Step 2's output: the Nota Dinas text, by the Sekretaris."""
	with as_user(kosakata.SEKRETARIS):
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.update({**nota_dinas_values(), **values})
		doc.save()


def fill_koreksi(name: str, rows: int = 2):
	"""Step 4's output: the corrections, by the Pelaksana."""
	with as_user(kosakata.PELAKSANA):
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		for no in range(1, rows + 1):
			doc.append("koreksi", koreksi_row(no))
		doc.save()


def act(name: str, action: str, role: str, catatan: str | None = None):
	"""The user holding `role` clicks the workflow button `action`, as the desk does."""
	with as_user(role):
		if catatan is not None:
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			doc.catatan_perbaikan = catatan
			doc.save()
		return apply_workflow(frappe.get_doc(kosakata.DOCTYPE, name), action)


def walk_to(name: str, state: str):
	"""Take the straight path from wherever the document is until it waits at `state`."""
	for transition in straight_path():
		current = frappe.db.get_value(kosakata.DOCTYPE, name, "workflow_state")
		if current == state:
			return
		if transition.state != current:
			continue
		if current == kosakata.PENYAMPAIAN_SEKRETARIS and not frappe.db.get_value(
			kosakata.DOCTYPE, name, "isi"
		):
			fill_nota_dinas(name)
		if current == kosakata.PENYUSUNAN_PELAKSANA and not frappe.get_all(
			"Koreksi Data Kinerja", {"parent": name}
		):
			fill_koreksi(name)
		act(name, transition.action, transition.role)
	assert frappe.db.get_value(kosakata.DOCTYPE, name, "workflow_state") == state


def state_of(name: str) -> str:
	return frappe.db.get_value(kosakata.DOCTYPE, name, "workflow_state")


def log_of(name: str) -> list[dict]:
	"""The document's completed steps, in order (its open step is `log_terbuka_dari`)."""
	return frappe.get_all(
		"Log Langkah SOP",
		filters={"reference_doctype": kosakata.DOCTYPE, "reference_name": name, "keluar": ("is", "set")},
		fields=list(LOG_FIELDS),
		order_by="name asc",
	)


def log_terbuka_dari(name: str, doctype: str = kosakata.DOCTYPE) -> list[dict]:
	return frappe.get_all(
		"Log Langkah SOP",
		filters={"reference_doctype": doctype, "reference_name": name, "keluar": ("is", "not set")},
		fields=["name", "sop", "langkah", "workflow_state", "role", "masuk", "waktu_baku", "batas_waktu"],
	)
