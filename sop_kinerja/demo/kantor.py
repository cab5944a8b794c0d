"""The office on the site: its settings, divisions (Unit Kerja), officials (Pejabat) and one user per SOP
role. Each is made where missing and changed only where it differs, so a second run writes nothing but
the users' new passwords."""

import secrets

import frappe
from frappe.utils.password import update_password

from sop_kinerja.demo.bahan import LOKASI_SIMPAN, PEGAWAI, UNIT_KERJA, USER_PER_ROLE
from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata

BAHASA = "id"
ZONA_WAKTU = "Asia/Pontianak"


def email_user() -> list[str]:
	return [pegawai.email for pegawai in USER_PER_ROLE.values()]


def pembuat_dokumen() -> str:
	"""Every demo document is created by the demo's Kepala Satuan, as step 1 of the SOP has it."""
	return USER_PER_ROLE[kosakata.KEPALA_SATUAN].email


def dokumen_lain() -> int:
	"""Perbaikan Data Kinerja on the site that the demo did not make."""
	return frappe.db.count(kosakata.DOCTYPE, {"owner": ("not in", email_user())})


def siapkan_situs():
	"""Role users open the desk only once setup is complete; the office works in Indonesian, in West
	Kalimantan's time. Changed only where it differs, so a second run writes nothing."""
	settings = frappe.get_single("System Settings")
	wanted = {"setup_complete": 1, "language": BAHASA, "time_zone": ZONA_WAKTU}
	if any(settings.get(key) != value for key, value in wanted.items()):
		settings.update(wanted)
		settings.save(ignore_permissions=True)


def buat_unit_kerja():
	"""Missing divisions only: a division the site has already is the office's own."""
	for nama, singkatan, induk in UNIT_KERJA:
		if not frappe.db.exists("Unit Kerja", nama):
			frappe.get_doc(
				{"doctype": "Unit Kerja", "nama_unit": nama, "singkatan": singkatan, "induk": induk}
			).insert(ignore_permissions=True)


def buat_pejabat():
	for pegawai in PEGAWAI:
		if not frappe.db.exists("Pejabat", pegawai.nip):
			frappe.get_doc(
				{
					"doctype": "Pejabat",
					"nama": pegawai.nama,
					"nip": pegawai.nip,
					"pangkat_golongan": pegawai.pangkat_golongan,
					"jabatan": pegawai.jabatan,
					"unit_kerja": pegawai.unit_kerja,
					"user": pegawai.email if pegawai.role else None,
				}
			).insert(ignore_permissions=True)


def buat_user() -> dict[str, str]:
	"""One user per SOP role holding that role alone, in Indonesian and Pontianak's time. Returns each
	role's new password."""
	kata_sandi = {}
	for role, pegawai in USER_PER_ROLE.items():
		if frappe.db.exists("User", pegawai.email):
			user = frappe.get_doc("User", pegawai.email)
		else:
			user = frappe.new_doc("User")
			user.email = pegawai.email
			user.send_welcome_email = 0
		wanted = {
			"first_name": pegawai.nama_depan,
			"last_name": pegawai.nama_belakang,
			"enabled": 1,
			"language": BAHASA,
			"time_zone": ZONA_WAKTU,
		}
		berubah = {key: value for key, value in wanted.items() if (user.get(key) or "") != value}
		user.update(berubah)
		if [row.role for row in user.roles] != [role]:
			user.set("roles", [{"role": role}])
			berubah["roles"] = role
		user.flags.no_welcome_mail = True
		# an unchanged user is not saved again: a second run writes nothing but the password
		if user.is_new() or berubah:
			user.save(ignore_permissions=True)
		# Frappe makes a desk user System Manager when nobody else but Administrator is one
		# (User.add_system_manager_role): a demo user holds its SOP role alone, and Administrator stays
		# the site's System Manager
		lain = {"parenttype": "User", "parent": pegawai.email, "role": ("!=", role)}
		if frappe.db.exists("Has Role", lain):
			frappe.db.delete("Has Role", lain)
			frappe.clear_cache(user=pegawai.email)
		kata_sandi[role] = secrets.token_urlsafe(12)
		update_password(pegawai.email, kata_sandi[role])
	return kata_sandi


def lengkapi_identitas():
	"""The SOP AP sheet shows who signed the SOP and the Arsip where it is kept: filled in where blank,
	never over what the office wrote."""
	if (name := mutu_baku.sop_for_doctype(kosakata.DOCTYPE)) and not frappe.db.get_value(
		"SOP", name, "disahkan_oleh"
	):
		doc = frappe.get_doc("SOP", name)
		doc.disahkan_oleh = USER_PER_ROLE[kosakata.KEPALA_SATUAN].nip
		doc.save(ignore_permissions=True)
	settings = frappe.get_single("Pengaturan SOP Kinerja")
	if not settings.lokasi_simpan:
		settings.lokasi_simpan = LOKASI_SIMPAN
		settings.save(ignore_permissions=True)
