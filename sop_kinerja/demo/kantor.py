"""The offices on the site: its settings, each office's divisions (Unit Kerja) with their kop values,
officials (Pejabat) and one user per SOP role, scoped to the office's units by User Permissions. Each is
made where missing and changed only where it differs, so a second run writes nothing but the users' new
passwords."""

import secrets

import frappe
from frappe.utils.password import update_password

from sop_kinerja.demo.bahan import KANTOR, UTAMA, Kantor
from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata

BAHASA = "id"
ZONA_WAKTU = "Asia/Pontianak"


def email_user(kantor: Kantor | None = None) -> list[str]:
	"""The users of an office, or of every office of the demo."""
	return [pegawai.email for k in ([kantor] if kantor else KANTOR) for pegawai in k.user_per_role.values()]


def pembuat_dokumen(kantor: Kantor = UTAMA) -> str:
	"""Every document of an office is created by its Kepala (the Kepala Satuan role), as step 1 of the
	SOP has it."""
	return kantor.kepala.email


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
	"""Missing divisions, with the office's kop values and Nota Dinas code (so each office's prints carry
	its kop and its Nota Dinas count on their own); a division the site has already is the office's own,
	its kop filled in only where blank."""
	for kantor in KANTOR:
		for nama, singkatan, induk in kantor.unit_kerja:
			if not frappe.db.exists("Unit Kerja", nama):
				frappe.get_doc(
					{
						"doctype": "Unit Kerja",
						"nama_unit": nama,
						"singkatan": singkatan,
						"induk": induk,
						**kantor.kop,
					}
				).insert(ignore_permissions=True)
				continue
			unit = frappe.get_doc("Unit Kerja", nama)
			kosong = {field: value for field, value in kantor.kop.items() if not unit.get(field)}
			if kosong:
				unit.update(kosong)
				unit.save(ignore_permissions=True)


def batasi_unit():
	"""Each office's users limited to its units, as a Frappe admin scopes people: one User Permission per
	unit, applied to all DocTypes, and none on another unit."""
	for kantor in KANTOR:
		for email in email_user(kantor):
			ada = frappe.get_all(
				"User Permission",
				{"user": email, "allow": "Unit Kerja"},
				["name", "for_value"],
				order_by=None,
			)
			for row in ada:
				if row.for_value not in kantor.semua_unit:
					frappe.delete_doc("User Permission", row.name, ignore_permissions=True)
			for nama in sorted(set(kantor.semua_unit) - {row.for_value for row in ada}):
				frappe.get_doc(
					{
						"doctype": "User Permission",
						"user": email,
						"allow": "Unit Kerja",
						"for_value": nama,
						"apply_to_all_doctypes": 1,
					}
				).insert(ignore_permissions=True)


def buat_pejabat():
	for pegawai in (pegawai for kantor in KANTOR for pegawai in kantor.pegawai):
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
	"""In each office one user per SOP role holding that role alone, in Indonesian and Pontianak's time.
	Returns each user's new password."""
	kata_sandi = {}
	for role, pegawai in ((role, p) for kantor in KANTOR for role, p in kantor.user_per_role.items()):
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
		kata_sandi[pegawai.email] = secrets.token_urlsafe(12)
		update_password(pegawai.email, kata_sandi[pegawai.email])
	return kata_sandi


def lengkapi_identitas():
	"""The SOP AP sheet shows who signed the SOP and the Arsip where it is kept: filled in where blank,
	never over what the office wrote."""
	if (name := mutu_baku.sop_for_doctype(kosakata.DOCTYPE)) and not frappe.db.get_value(
		"SOP", name, "disahkan_oleh"
	):
		doc = frappe.get_doc("SOP", name)
		doc.disahkan_oleh = UTAMA.kepala.nip
		doc.flags.dari_aplikasi = True  # the seed's version, signed on paper: its signer written in
		doc.save(ignore_permissions=True)
	settings = frappe.get_single("Pengaturan SOP Kinerja")
	if not settings.lokasi_simpan:
		settings.lokasi_simpan = UTAMA.lokasi_simpan
		settings.save(ignore_permissions=True)
