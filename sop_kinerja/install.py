"""Installing and upgrading: the workflow is installed once and then belongs to the admin."""

import json

import frappe
from frappe.core.doctype.data_import.data_import import import_doc

from sop_kinerja import sop
from sop_kinerja.naming import ensure_series_counters

SETTINGS = "Pengaturan SOP Kinerja"


def workflow_file() -> str:
	return frappe.get_app_path("sop_kinerja", "workflow", "perbaikan_data_kinerja.json")


def ensure_app_data():
	"""After install-app (`after_sync`: the roles, states and actions it links to exist by then) and
	after every migrate. Adds what is missing, changes nothing an admin set."""
	install_workflow()
	apply_setting_defaults()
	ensure_series_counters()


def install_workflow():
	"""Import the shipped workflow only when Perbaikan Data Kinerja has no workflow at all.

	Frappe re-imports everything under `fixtures/` on every migrate, which would wipe an admin's
	changes to the workflow; so the workflow lives in `workflow/` and is imported here, once. An
	admin's own workflow under another name counts too: importing ours would deactivate it.
	"""
	if not frappe.db.exists("Workflow", {"document_type": sop.DOCTYPE}):
		import_doc(workflow_file())


def restore_workflow():
	"""Put the shipped workflow back, discarding local changes.

	bench --site SITE execute sop_kinerja.install.restore_workflow
	"""
	frappe.only_for("System Manager")
	if frappe.db.exists("Workflow", sop.WORKFLOW):
		frappe.delete_doc("Workflow", sop.WORKFLOW, force=True, ignore_permissions=True)
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
