"""The DocType JSON the app ships: field types, links, naming, permissions."""

from sop_kinerja.naskah import kosakata

# Frappe v15's DocField.fieldtype options
FIELDTYPES = {
	"Autocomplete", "Attach", "Attach Image", "Barcode", "Button", "Check", "Code", "Color", "Column Break",
	"Currency", "Data", "Date", "Datetime", "Duration", "Dynamic Link", "Float", "Fold", "Geolocation",
	"Heading", "HTML", "HTML Editor", "Icon", "Image", "Int", "JSON", "Link", "Long Text", "Markdown Editor",
	"Password", "Percent", "Phone", "Read Only", "Rating", "Section Break", "Select", "Signature",
	"Small Text", "Tab Break", "Table", "Table MultiSelect", "Text", "Text Editor", "Time",
}  # fmt: skip
# Frappe's own DocTypes the app links to
FRAPPE_DOCTYPES = {"User", "Role", "DocType", "Workflow", "Workflow State", "File"}
SOP_READERS = {*kosakata.ROLES, "System Manager"}
# the roles of ratification (data/sop_penetapan_sop.json) beside the head's
PENYUSUN, TATA_LAKSANA = PENETAPAN_ROLES = ("Penyusun SOP", "Pengelola Tata Laksana")


def test_every_doctype_is_in_the_module(doctypes):
	assert set(doctypes) == {
		kosakata.DOCTYPE,
		"Koreksi Data Kinerja",
		"Perbaikan Data Kinerja Unit",
		"Log Langkah SOP",
		"Arsip",
		"Pejabat",
		"Unit Kerja",
		"Pengaturan SOP Kinerja",
		"SOP",
		"Penetapan SOP",
		"SOP Langkah",
		"SOP Butir",
		"SOP Pelaksana",
		"Monitoring SOP",
		"Monitoring SOP Prosedur",
		"Evaluasi SOP",
		"Evaluasi SOP Kriteria",
		"SOP Keterkaitan",
		"Kalender Kerja",
		"Jam Kerja Harian",
		"Hari Libur",
		"Verifikasi Naskah",
		"Pelimpahan Wewenang",
		"Klasifikasi Arsip",
	}
	for doctype in doctypes.values():
		assert doctype["module"] == "SOP Kinerja"
		assert not doctype.get("custom")


def test_fieldtypes_are_valid(doctypes):
	for doctype in doctypes.values():
		for field in doctype["fields"]:
			assert field["fieldtype"] in FIELDTYPES, (doctype["name"], field["fieldname"])


def test_fieldnames_are_unique_and_in_field_order(doctypes):
	for doctype in doctypes.values():
		names = [f["fieldname"] for f in doctype["fields"]]
		assert len(names) == len(set(names)), doctype["name"]
		assert doctype["field_order"] == names, doctype["name"]


def test_links_and_tables_point_at_doctypes_that_exist(doctypes):
	for doctype in doctypes.values():
		fields = {f["fieldname"]: f for f in doctype["fields"]}
		for field in fields.values():
			if field["fieldtype"] in ("Link", "Table", "Table MultiSelect"):
				target = field.get("options")
				assert target in doctypes or target in FRAPPE_DOCTYPES, (doctype["name"], field["fieldname"])
			if field["fieldtype"] in ("Table", "Table MultiSelect"):
				assert doctypes[field["options"]].get("istable"), field["fieldname"]
			if field["fieldtype"] == "Dynamic Link":
				assert fields[field["options"]]["fieldtype"] == "Link"
			if field.get("fetch_from"):
				link, target_field = field["fetch_from"].split(".")
				target_doctype = fields[link]["options"]
				if target_doctype in doctypes:
					assert target_field in {f["fieldname"] for f in doctypes[target_doctype]["fields"]}


def test_perbaikan_data_kinerja_is_submittable_with_its_workflow_field(doctypes):
	doctype = doctypes[kosakata.DOCTYPE]
	assert doctype["is_submittable"]
	fields = {f["fieldname"]: f for f in doctype["fields"]}
	assert fields["workflow_state"]["options"] == "Workflow State"
	assert fields["workflow_state"]["allow_on_submit"]
	# the signed content is frozen: nothing a user types may change after submit
	editable_after_submit = {
		name for name, f in fields.items() if f.get("allow_on_submit") and not f.get("read_only")
	}
	assert editable_after_submit == set()


def test_nota_dinas_numbers_count_per_year(doctypes):
	doctype = doctypes[kosakata.DOCTYPE]
	assert doctype["autoname"] == "naming_series:"
	series = next(f for f in doctype["fields"] if f["fieldname"] == "naming_series")
	assert ".YYYY." in series["options"]


def test_only_the_sop_roles_and_system_manager_have_permissions(doctypes):
	for name in (kosakata.DOCTYPE, "Arsip", "Log Langkah SOP"):
		roles = {p["role"] for p in doctypes[name]["permissions"]}
		assert roles == SOP_READERS, name
	# the SOP record: its readers, and the drafter and reviewer of its versions (Penetapan SOP)
	assert {p["role"] for p in doctypes["SOP"]["permissions"]} == SOP_READERS | set(PENETAPAN_ROLES)


def test_least_privilege_on_perbaikan_data_kinerja(doctypes, record):
	perms = {p["role"]: p for p in doctypes[kosakata.DOCTYPE]["permissions"]}
	assert not perms[kosakata.PELAKSANA].get("submit"), "a Pelaksana cannot sign"
	assert {r for r, p in perms.items() if p.get("create")} == {kosakata.KEPALA_SATUAN, "System Manager"}
	assert {r for r, p in perms.items() if p.get("delete") or p.get("cancel")} == {"System Manager"}
	# roles that move a signed document on (steps 8-10) need submit
	signed = [langkah["pelaksana"] for langkah in record["langkah"] if int(langkah["doc_status"]) == 1]
	assert len(signed) == 3
	for role in signed:
		assert perms[role].get("submit"), role


def test_step_log_is_read_only_to_every_role(doctypes):
	for perm in doctypes["Log Langkah SOP"]["permissions"]:
		assert not any(perm.get(right) for right in ("write", "create", "delete", "submit", "cancel")), perm


def test_the_sop_record_is_read_only_to_the_sop_roles(doctypes):
	"""Staff read and print the SOP they work under; changing its standards is the admin's, and drafting
	a version the drafter's (a version that left its draft is changed only by a revision: versi.py)."""
	for perm in doctypes["SOP"]["permissions"]:
		if perm["role"] in ("System Manager", PENYUSUN):
			assert perm.get("write") and perm.get("create"), perm
			assert perm["role"] == "System Manager" or not perm.get("delete"), perm
		else:
			assert perm.get("read") and perm.get("print"), perm
			assert not any(perm.get(right) for right in ("write", "create", "delete", "submit")), perm
