import json

from sop_kinerja.naskah import kosakata

PENETAPAN_FILE = kosakata.SOP_FILE.with_name("sop_penetapan_sop.json")

app_name = "sop_kinerja"
app_title = "SOP Kinerja"
app_publisher = "Satpol PP Provinsi Kalimantan Barat"
app_description = "SOP Perbaikan Data Kinerja: Nota Dinas, alur kerja berbasis peran, log langkah dan arsip"
app_email = "sop-kinerja@example.org"
app_license = "mit"

# Automatically update python controller files with type annotations for this app.
export_python_type_annotations = True

# Fixtures
# --------
# Roles, workflow states and workflow actions: only the SOP's own, never Frappe's shared ones.
# The Workflow itself is not a fixture (migrate would overwrite an admin's edits): see install.py.
# The states are the ones the shipped SOP record names, read from it: the record is the one copy.


def _shipped_roles() -> list[str]:
	"""The roles the shipped SOP records name: the first SOP's, and its ratification's (Penetapan SOP)."""
	records = [json.loads(path.read_text(encoding="utf-8")) for path in (kosakata.SOP_FILE, PENETAPAN_FILE)]
	return sorted({langkah["pelaksana"] for record in records for langkah in record["langkah"]})


def _shipped_states() -> list[str]:
	"""The workflow states of the shipped SOP record: each step's, then the one after the last."""
	record = json.loads(kosakata.SOP_FILE.read_text(encoding="utf-8"))
	return [*(langkah["workflow_state"] for langkah in record["langkah"]), record["status_akhir"]]


fixtures = [
	{"dt": "Role", "filters": [["name", "in", _shipped_roles()]]},
	{"dt": "Workflow State", "filters": [["name", "in", _shipped_states()]]},
	{"dt": "Workflow Action Master", "filters": [["name", "in", list(kosakata.ACTIONS)]]},
]
# The SOP record itself is not a fixture either: data/sop_perbaikan_data_kinerja.json, see install.py.

# Installation
# ------------

after_sync = "sop_kinerja.install.ensure_app_data"
after_migrate = "sop_kinerja.install.ensure_app_data"

# Document Events
# ---------------
# Any DocType an active SOP record governs follows its steps (aturan_langkah.py: who may change it, which
# moves, each step's Output, the send-back note) and gets its step log and mutu baku (mutu_baku.py),
# whether it came with code or Jalankan SOP made it. The check costs one cached lookup per save.

doc_events = {
	"*": {
		"onload": "sop_kinerja.mesin.aturan_langkah.onload",
		"validate": "sop_kinerja.mesin.aturan_langkah.validate",
		"before_submit": "sop_kinerja.mesin.aturan_langkah.before_submit",
		"before_update_after_submit": "sop_kinerja.mesin.aturan_langkah.before_update_after_submit",
		"on_update": [
			"sop_kinerja.mesin.mutu_baku.catat_langkah",
			"sop_kinerja.mesin.aturan_langkah.on_update",
		],
		"on_update_after_submit": [
			"sop_kinerja.mesin.mutu_baku.catat_langkah",
			"sop_kinerja.mesin.aturan_langkah.on_update",
		],
		"on_cancel": "sop_kinerja.mesin.mutu_baku.catat_langkah",
	},
	# a renamed Role is renamed in the SOP records too (a Link): the cached steps follow
	"Role": {"after_rename": "sop_kinerja.mesin.mutu_baku.clear_cache"},
	# the working calendar may take its holidays from ERPNext: the deadlines under way follow a change
	"Holiday List": {
		"on_update": "sop_kinerja.mesin.mutu_baku.kalender_berubah",
		"on_trash": "sop_kinerja.mesin.mutu_baku.kalender_berubah",
	},
	# Workflow e-mails (with the Nota Dinas PDF) start when the site can send mail: see surel.py
	"Email Account": {"on_update": "sop_kinerja.mesin.surel.on_email_account_update"},
}

# The desk's side of the same, for every governed DocType: the step banner with its checklist, the
# step log on the form, the correction note asked before a send-back, "Waiting for Me" on the list
app_include_js = "/assets/sop_kinerja/js/langkah_sop.js"
boot_session = "sop_kinerja.mesin.mutu_baku.boot_session"

# The step log, step by step, on the form's timeline of every governed DocType
additional_timeline_content = {"*": ["sop_kinerja.mesin.mutu_baku.timeline_langkah"]}

# Scheduled Tasks
# ---------------

scheduler_events = {
	"cron": {
		"*/5 * * * *": ["sop_kinerja.mesin.mutu_baku.tandai_lewat_waktu"],
	},
	# Plt./Plh.: the acting user carries the role within the delegation's period only
	"hourly": ["sop_kinerja.mesin.pelimpahan.perbarui_role"],
	"daily": [
		"sop_kinerja.naskah.penomoran.ensure_series_counters",
		# Monitoring SOP (Tabel 7) of the semester just over
		"sop_kinerja.mesin.monitoring.buat_semester_lalu",
		# a ratified SOP version comes into force on its Tgl. Efektif
		"sop_kinerja.mesin.versi.berlakukan_yang_tiba",
	],
}

# Jinja helpers for the print formats
jinja = {
	"methods": [
		"sop_kinerja.naskah.cetak.tanggal_indonesia",
		"sop_kinerja.naskah.cetak.teks",
		"sop_kinerja.naskah.cetak.teks_kaya",
		"sop_kinerja.naskah.cetak.pengaturan_sop",
		"sop_kinerja.naskah.cetak.bagan_sop",
		"sop_kinerja.naskah.cetak.penandatangan",
		"sop_kinerja.naskah.verifikasi.verifikasi_naskah",
	],
}

override_whitelisted_methods = {
	# The desk's PDF button: Frappe's download plus page numbers on the Nota Dinas (see pdf.py)
	"frappe.utils.print_format.download_pdf": "sop_kinerja.naskah.pdf.download_pdf",
	# Saving and moving a document: run again on the server after a deadlock or lock timeout, so that
	# no person sees one (see coba_ulang.py)
	"frappe.desk.form.save.savedocs": "sop_kinerja.mesin.coba_ulang.savedocs",
	"frappe.desk.form.save.cancel": "sop_kinerja.mesin.coba_ulang.cancel",
	"frappe.model.workflow.apply_workflow": "sop_kinerja.mesin.coba_ulang.apply_workflow",
	"frappe.client.insert": "sop_kinerja.mesin.coba_ulang.insert",
	"frappe.client.insert_many": "sop_kinerja.mesin.coba_ulang.insert_many",
	"frappe.client.save": "sop_kinerja.mesin.coba_ulang.save",
	"frappe.client.set_value": "sop_kinerja.mesin.coba_ulang.set_value",
	"frappe.client.submit": "sop_kinerja.mesin.coba_ulang.submit",
	"frappe.client.cancel": "sop_kinerja.mesin.coba_ulang.cancel_doc",
}
