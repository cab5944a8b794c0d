"""Installing and upgrading: the workflow and the SOP record are installed once and then belong to
the admin."""

import hashlib
import json

import frappe
from frappe.core.doctype.data_import.data_import import import_doc
from frappe.model.workflow import get_workflow_name

from sop_kinerja.mesin import jalankan, jam_kerja, ruang_kerja, surel, versi
from sop_kinerja.naskah import kosakata
from sop_kinerja.naskah.penomoran import ensure_series_counters

SETTINGS = "Pengaturan SOP Kinerja"


def workflow_file() -> str:
	return frappe.get_app_path("sop_kinerja", "workflow", "perbaikan_data_kinerja.json")


def ensure_app_data():
	"""After install-app (`after_sync`: the roles, states and actions it links to exist by then) and
	after every migrate. Adds what is missing, changes nothing an admin set."""
	workflow_is_new = install_workflow()
	install_sop()
	install_penetapan()
	if workflow_is_new:
		surel.on_install()
	apply_setting_defaults()
	ensure_kalender_kerja()
	ensure_series_counters()
	ruang_kerja.pasang_semua()


def install_workflow() -> bool:
	"""Import the shipped workflow only when Perbaikan Data Kinerja has no workflow at all.

	Frappe re-imports everything under `fixtures/` on every migrate, which would wipe an admin's
	changes to the workflow; so the workflow lives in `workflow/` and is imported here, once. An
	admin's own workflow under another name counts too: importing ours would deactivate it.
	"""
	if not frappe.db.exists("Workflow", {"document_type": kosakata.DOCTYPE}):
		import_doc(workflow_file())
		return True
	return False


def restore_workflow():
	"""Put the shipped workflow back, discarding local changes.

	bench --site SITE execute sop_kinerja.install.restore_workflow
	"""
	frappe.only_for("System Manager")
	if frappe.db.exists("Workflow", kosakata.WORKFLOW):
		frappe.delete_doc("Workflow", kosakata.WORKFLOW, force=True, ignore_permissions=True)
	import_doc(workflow_file())


def shipped_workflow() -> dict:
	with open(workflow_file()) as f:
		return json.load(f)[0]


def apply_setting_defaults():
	"""Fill blank settings with their defaults, so the kop surat is never empty; set values are kept."""
	settings = frappe.get_single(SETTINGS)
	for df in settings.meta.fields:
		if df.default and settings.get(df.fieldname) in (None, ""):
			settings.set(df.fieldname, df.default)
	settings.save(ignore_permissions=True)


def ensure_kalender_kerja():
	"""The civil service's office hours (Perpres 21/2023) in a calendar that has none yet; an admin's
	hours, or a calendar set to count around the clock, are kept."""
	kalender = frappe.get_single(jam_kerja.KALENDER)
	if kalender.jam_kerja or kalender.sepanjang_waktu:
		return
	for hari, masuk, pulang, rehat_mulai, rehat_selesai in jam_kerja.JAM_KERJA_BAWAAN:
		kalender.append(
			"jam_kerja",
			{
				"hari": hari,
				"jam_mulai": masuk,
				"jam_selesai": pulang,
				"istirahat_mulai": rehat_mulai,
				"istirahat_selesai": rehat_selesai,
			},
		)
	kalender.save(ignore_permissions=True)


SOP_SHIPPED = "sop_kinerja_sop_shipped"  # a default: what was installed, and the record's `modified` then
PENETAPAN_SHIPPED = "sop_kinerja_penetapan_shipped"


def sop_file() -> str:
	return str(kosakata.SOP_FILE)


def shipped_sop() -> dict:
	with open(sop_file()) as f:
		return json.load(f)


def install_sop(force: bool = False):
	"""Install the seed's SOP record once; an upgrade may refresh it only while nobody has edited it."""
	pasang_sop(shipped_sop(), SOP_SHIPPED, force)


def install_penetapan():
	"""The SOP of ratification itself (Penetapan SOP), installed like the seed's and put to work by
	Jalankan SOP the first time, as an admin would run it."""
	with open(versi.PENETAPAN_FILE) as f:
		pasang_sop(json.load(f), PENETAPAN_SHIPPED)
	name = frappe.db.get_value("SOP", {"document_type": versi.PENETAPAN})
	if (
		name
		and frappe.db.get_value("SOP", name, "status") == versi.RANCANGAN
		and not frappe.db.exists("Workflow", {"document_type": versi.PENETAPAN})
	):
		jalankan.jalankan(name)


def pasang_sop(data: dict, key: str, force: bool = False):
	"""Install a shipped SOP record once; an upgrade may refresh it only while nobody has edited it.

	What was installed is remembered (a hash of the shipped file and the record's `modified` right
	after). The record is written when it was never installed, or when the shipped file changed and
	the record still stands exactly as installed. An admin's edit, or deleting it, is final unless
	`force` (restore_sop) says otherwise.
	"""
	digest = hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()
	installed = json.loads(frappe.db.get_default(key) or "{}")
	name = frappe.db.get_value("SOP", {"nama_sop": data["nama_sop"]})
	if name:
		modified = str(frappe.db.get_value("SOP", name, "modified"))
		if not force and (installed.get("hash") == digest or installed.get("modified") != modified):
			return
		doc = frappe.get_doc("SOP", name)
		for table in (
			"dasar_hukum",
			"kualifikasi_pelaksana",
			"keterkaitan",
			"peralatan",
			"pencatatan",
			"langkah",
		):
			doc.set(table, [])
		data = {k: v for k, v in data.items() if k != "aktif"}  # in force or not stays as it is
	elif installed and not force:
		return
	else:
		doc = frappe.new_doc("SOP")
	doc.update(data)
	if doc.workflow and not frappe.db.exists("Workflow", doc.workflow):
		doc.workflow = get_workflow_name(doc.document_type)
	doc.flags.dari_aplikasi = True  # the app's own record, refreshed as shipped (versi.py)
	doc.save(ignore_permissions=True)
	frappe.db.set_default(key, json.dumps({"hash": digest, "modified": str(doc.modified)}))


def restore_sop():
	"""Put the shipped SOP record back, discarding local changes.

	bench --site SITE execute sop_kinerja.install.restore_sop
	"""
	frappe.only_for("System Manager")
	install_sop(force=True)
