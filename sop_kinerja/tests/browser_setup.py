"""Data for the browser suite (tests/browser/), on a throwaway site:

bench --site SITE execute sop_kinerja.tests.browser_setup.prepare

Makes the five role users and the outsider with a known password, and one Perbaikan Data Kinerja at
step 1 whose Nota Dinas and corrections are already written by the Kepala Satuan (who may edit at
step 1), so that the browser takes it through every step by clicking the workflow buttons alone.
For Jalankan SOP, an SOP typed in but not yet run (5 steps, 3 actors named as on a sheet, with no
Role yet, one decision) and its three users, who hold no role of it until the admin gives them one.

For the units: two Unit Kerja, one Nota Dinas of each waiting past its mutu baku at the Sekretaris's
step (so the Sekretaris holders who may read it are told), and unit B's Sekretaris, limited to unit B
by a User Permission.

For the monitoring: a Monitoring SOP of a past semester for a unit of its own, its Perbaikan Data
Kinerja row pre-filled from step-log lines made with the app's clock set back (as test_monitoring
makes them), not yet marked by anybody; and the assessor, a user who holds only the role the settings
name as the assessor's (Peran Penilai SOP).

Returns what the suite needs, as JSON.
"""

from datetime import datetime, timedelta

import frappe
from frappe.utils import add_to_date, now_datetime
from frappe.utils.password import update_password

from sop_kinerja.mesin import monitoring, mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.rest import PASSWORD
from sop_kinerja.tests.test_jalankan import bersihkan
from sop_kinerja.tests.utils import (
	OUTSIDER,
	USERS,
	act,
	as_user,
	ensure_role_users,
	ensure_user,
	koreksi_row,
	new_perbaikan,
	nota_dinas_values,
	pada,
)

IMPOR_ADMIN = "admin-sop@example.com"
IZIN = "Izin Keluar Kantor"
PEMOHON, KASUBBAG_UMUM, KABAG_UMUM = "Pegawai Pemohon", "Kasubbag Umum", "Kepala Bagian Umum"
IZIN_USERS = {
	PEMOHON: "pemohon@izin.test",
	KASUBBAG_UMUM: "kasubbag.umum@izin.test",
	KABAG_UMUM: "kabag.umum@izin.test",
}


def sop_izin() -> str:
	"""The SOP an admin typed in the desk, not run yet (on a site where the suite ran before, what the
	last run made goes first)."""
	if name := frappe.db.get_value("SOP", {"nama_sop": IZIN}):
		bersihkan(name, roles=tuple(IZIN_USERS))
	steps = [
		(PEMOHON, "Mengajukan izin keluar kantor", "Formulir, Surat Tugas", "Formulir Izin", {}),
		(KASUBBAG_UMUM, "Memeriksa alasan dan jam keluar", "Formulir", "Hasil Pemeriksaan", {}),
		(
			KABAG_UMUM,
			"Menimbang izin; jika tidak setuju dikembalikan",
			"Formulir",
			"Pertimbangan",
			{"keputusan": 1, "tidak_setuju_ke": 2},
		),
		(KABAG_UMUM, "Menandatangani surat izin", "Surat Izin", "Surat Izin Keluar", {}),
		(KASUBBAG_UMUM, "Mencatat izin dalam buku agenda", "Buku Agenda", "Catatan Agenda", {}),
	]
	doc = frappe.get_doc(
		{
			"doctype": "SOP",
			"nama_sop": IZIN,
			"aktif": 0,
			"langkah": [
				{
					"no": no,
					"pelaksana_lembar": actor,
					"kegiatan": kegiatan,
					"kelengkapan": kelengkapan,
					"waktu": 15,
					"output": output,
					**more,
				}
				for no, (actor, kegiatan, kelengkapan, output, more) in enumerate(steps, 1)
			],
		}
	).insert(ignore_permissions=True)
	return doc.name


UNIT_A, UNIT_B = "Bidang Uji Ketertiban", "Bidang Uji Perlindungan Masyarakat"
SEKRETARIS_B = "sekretaris.b@unit.test"


def dua_unit() -> dict:
	"""Two units side by side, a late document in each, and unit B's Sekretaris who sees only B."""
	for unit in (UNIT_A, UNIT_B):
		if not frappe.db.exists("Unit Kerja", unit):
			frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": unit}).insert(ignore_permissions=True)
	ensure_user(SEKRETARIS_B, [kosakata.SEKRETARIS])
	update_password(SEKRETARIS_B, PASSWORD)
	frappe.db.set_value("User", SEKRETARIS_B, {"language": "id", "time_zone": "Asia/Pontianak"})
	if not frappe.db.exists("User Permission", {"user": SEKRETARIS_B, "allow": "Unit Kerja"}):
		frappe.get_doc(
			{
				"doctype": "User Permission",
				"user": SEKRETARIS_B,
				"allow": "Unit Kerja",
				"for_value": UNIT_B,
				"apply_to_all_doctypes": 1,
			}
		).insert(ignore_permissions=True)
	made = {}
	for key, unit in (("a", UNIT_A), ("b", UNIT_B)):
		name = new_perbaikan(unit_pengolah=unit, hal=f"Permintaan Data Kinerja {unit}")
		act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)
		frappe.db.set_value(
			"Log Langkah SOP",
			{"reference_name": name, "keluar": ("is", "not set")},
			"batas_waktu",
			add_to_date(now_datetime(), hours=-1),
		)
		made[key] = name
	mutu_baku.tandai_lewat_waktu()
	return {"user_b": SEKRETARIS_B, "doc_a": made["a"], "doc_b": made["b"]}


UNIT_MONITORING = "Bidang Uji Monitoring"
TAHUN, SEMESTER = 2024, "I"
SENIN = datetime(2024, 3, 4, 8, 0)  # a Monday of semester I 2024, in office hours
PENILAI, NAMA_PENILAI = "penilai.sop@sop-kinerja.test", ("Ratna", "Wulandari Penilai")


def monitoring_sop() -> dict:
	"""Semester I 2024 of a unit whose documents each stayed at step 1 (mutu baku 5 minutes) for 10, 20
	and 60 working minutes: the figures propose "Tidak berjalan dengan baik". On a site where the suite
	ran before, the documents stay and the monitoring is made afresh, unmarked."""
	if not frappe.db.exists("Unit Kerja", UNIT_MONITORING):
		frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": UNIT_MONITORING}).insert(
			ignore_permissions=True
		)
	mulai, selesai = monitoring.periode(TAHUN, SEMESTER)
	sop = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
	if not frappe.db.exists(
		mutu_baku.LOG, {"sop": sop, "unit_kerja": UNIT_MONITORING, "keluar": ("between", [mulai, selesai])}
	):
		for i, lama in enumerate((10, 20, 60)):
			masuk = SENIN + timedelta(days=i)
			with pada(masuk):
				name = new_perbaikan(unit_pengolah=UNIT_MONITORING, hal=f"Data Kinerja Monitoring {i + 1}")
			with pada(masuk + timedelta(minutes=lama)):
				act(name, kosakata.PERINTAHKAN, kosakata.KEPALA_SATUAN)

	role = frappe.db.get_single_value("Pengaturan SOP Kinerja", "peran_penilai_sop")
	user = ensure_user(PENILAI, [role])
	if (user.first_name, user.last_name) != NAMA_PENILAI:
		user.first_name, user.last_name = NAMA_PENILAI
		user.save(ignore_permissions=True)
	update_password(PENILAI, PASSWORD)
	frappe.db.set_value("User", PENILAI, {"language": "id", "time_zone": "Asia/Pontianak"})

	filters = {"tahun": TAHUN, "semester": SEMESTER, "unit_kerja": UNIT_MONITORING}
	for old in frappe.get_all(monitoring.MONITORING, filters, pluck="name"):
		frappe.delete_doc(monitoring.MONITORING, old, ignore_permissions=True, force=True)
	doc = frappe.get_doc({"doctype": monitoring.MONITORING, **filters}).insert(ignore_permissions=True)
	row = next(row for row in doc.prosedur if row.sop == sop)
	assert (row.usulan, row.penilaian, row.dokumen_mulai) == (monitoring.TIDAK_BAIK, monitoring.TIDAK_BAIK, 3)
	return {
		"name": doc.name,
		"unit": UNIT_MONITORING,
		"tahun": TAHUN,
		"semester": SEMESTER,
		"role": role,
		"user": PENILAI,
		"full_name": frappe.db.get_value("User", PENILAI, "full_name"),
		"sop": sop,
		"prosedur": row.prosedur,
		"usulan": row.usulan,
	}


def prepare() -> dict:
	# a fresh site sends every desk user to the setup wizard until setup is complete; the office works
	# in Indonesian, in West Kalimantan's time
	frappe.db.set_single_value(
		"System Settings", {"setup_complete": 1, "language": "id", "time_zone": "Asia/Pontianak"}
	)
	ensure_role_users()
	for user in (*USERS.values(), OUTSIDER):
		update_password(user, PASSWORD)
		# users made before keep the language and time zone the site had then
		frappe.db.set_value("User", user, {"language": "id", "time_zone": "Asia/Pontianak"})
	# Impor SOP is a System Manager's work: a user who holds that role alone
	ensure_user(IMPOR_ADMIN, ["System Manager"])
	update_password(IMPOR_ADMIN, PASSWORD)
	frappe.db.set_value("User", IMPOR_ADMIN, {"language": "id", "time_zone": "Asia/Pontianak"})
	for user in IZIN_USERS.values():
		ensure_user(user, [])
		update_password(user, PASSWORD)
		frappe.db.set_value("User", user, {"language": "id", "time_zone": "Asia/Pontianak"})
	izin = sop_izin()
	name = new_perbaikan()
	values = {**nota_dinas_values(), "dari": "Sekretaris", "koreksi": [koreksi_row()]}
	with as_user(kosakata.KEPALA_SATUAN):
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.update(values)
		doc.save()
	units = dua_unit()
	monitoring_doc = monitoring_sop()
	frappe.db.commit()
	return {
		"units": units,
		"document": name,
		"users": USERS,
		"outsider": OUTSIDER,
		"admin": IMPOR_ADMIN,
		"izin": {"sop": izin, "users": IZIN_USERS},
		"monitoring": monitoring_doc,
		"password": PASSWORD,
	}
