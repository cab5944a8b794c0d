"""Data for the browser suite (browser-tests/), on a throwaway site:

bench --site SITE execute sop_kinerja.tests.browser_setup.prepare

Makes the five role users and the outsider with a known password, and one Perbaikan Data Kinerja at
step 1 whose Nota Dinas and corrections are already written by the Kepala Satuan (who may edit at
step 1), so that the browser takes it through every step by clicking the workflow buttons alone.
Returns what the suite needs, as JSON.
"""

import frappe
from frappe.utils.password import update_password

from sop_kinerja import sop
from sop_kinerja.tests.rest import PASSWORD
from sop_kinerja.tests.utils import (
	OUTSIDER,
	USERS,
	as_user,
	ensure_role_users,
	ensure_user,
	koreksi_row,
	new_perbaikan,
	nota_dinas_values,
)

IMPOR_ADMIN = "admin-sop@example.com"


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
	name = new_perbaikan()
	values = {**nota_dinas_values(), "dari": "Sekretaris", "koreksi": [koreksi_row()]}
	with as_user(sop.KEPALA_SATUAN):
		doc = frappe.get_doc(sop.DOCTYPE, name)
		doc.update(values)
		doc.save()
	frappe.db.commit()
	return {
		"document": name,
		"users": USERS,
		"outsider": OUTSIDER,
		"admin": IMPOR_ADMIN,
		"password": PASSWORD,
	}
