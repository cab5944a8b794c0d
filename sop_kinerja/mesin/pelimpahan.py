"""Plt. and Plh.: an official's role carried by another for a period (Pelimpahan Wewenang).

An approved delegation (a submitted Pelimpahan Wewenang) gives the acting user the role for its
period, as an admin would in the User form: so Frappe's own rules follow without more code (the
workflow buttons, "Waiting for Me", the workflow e-mails and actions, the overdue notices to the
role's holders). The role is given when the period starts and taken back when it ends or the
delegation is revoked (cancelled), by an hourly job and at approval; a role the acting user held
before is never taken.

Between the job's runs the rule holds anyway: the app's checks (aturan_langkah.py) count a role held only
through a delegation as held only within its period. A move made through a delegation is logged with
both people: "Plh. Kepala Satuan (acting user) for (official)". On a site shared by units, the
acting official is of the official's unit, and acts on that unit's documents alone.
"""

import frappe
from frappe.utils import getdate, nowdate

DOCTYPE = "Pelimpahan Wewenang"
_CACHE_KEY = "sop_kinerja:pelimpahan_by_user"
FIELDS = (
	"name",
	"jenis",
	"peran",
	"dari_tanggal",
	"sampai_tanggal",
	"peran_diberikan",
	"pejabat",
	"pejabat_user",
	"pejabat_nama",
	"pelaksana",
	"unit_kerja",
)


def pelimpahan_of(user: str) -> list[dict]:
	"""The user's approved delegations, as acting user, whatever their period. Cached per user."""
	rows = frappe.cache.hget(_CACHE_KEY, user)
	if rows is None:
		rows = frappe.get_all(
			DOCTYPE,
			filters={"pelaksana_user": user, "docstatus": 1},
			fields=list(FIELDS),
			order_by="dari_tanggal",
		)
		frappe.cache.hset(_CACHE_KEY, user, rows)
	return [frappe._dict(row) for row in rows]


def berlaku(row, tanggal=None) -> bool:
	tanggal = getdate(tanggal or nowdate())
	return getdate(row.dari_tanggal) <= tanggal <= getdate(row.sampai_tanggal)


def aktif(user: str, role: str, tanggal=None, unit: str | None = None) -> dict | None:
	"""The delegation under which `user` carries `role` today (for a document of `unit`), if any."""
	return next(
		(
			row
			for row in pelimpahan_of(user)
			if row.peran == role and berlaku(row, tanggal) and _di_unit(row, unit)
		),
		None,
	)


def _di_unit(row, unit: str | None) -> bool:
	"""A delegation counts for a document of `unit`: it is of that unit, or either has none."""
	return not unit or not row.unit_kerja or row.unit_kerja == unit


def roles(user: str | None = None, unit: str | None = None) -> list[str]:
	"""The user's roles as the SOP's checks count them: a role held only through a delegation counts
	within the delegation's period alone (the hourly job may not have taken it back yet), and, for a
	document of `unit`, only when the delegation is of that unit (an acting official acts in the
	official's unit alone)."""
	user = user or frappe.session.user
	roles = frappe.get_roles(user)
	rows = pelimpahan_of(user)
	if not rows:
		return roles
	counted = {row.peran for row in rows if berlaku(row) and _di_unit(row, unit)}
	outside = {row.peran for row in rows if row.peran_diberikan} - counted
	return [role for role in roles if role not in outside]


def clear_cache(*args, **kwargs):
	frappe.cache.delete_value(_CACHE_KEY)


def perbarui_role():
	"""Hourly: give the role to acting users whose period has begun, take it back from those whose period
	is over (the scheduler commits the run)."""
	today = getdate(nowdate())
	for name in frappe.get_all(
		DOCTYPE,
		filters={
			"docstatus": 1,
			"dari_tanggal": ("<=", today),
			"sampai_tanggal": (">=", today),
			"status": "Belum Berlaku",
		},
		pluck="name",
	):
		frappe.get_doc(DOCTYPE, name).terapkan()
	for name in frappe.get_all(
		DOCTYPE,
		filters={
			"docstatus": 1,
			"sampai_tanggal": ("<", today),
			"status": ("in", ["Berlaku", "Belum Berlaku"]),
		},
		pluck="name",
	):
		frappe.get_doc(DOCTYPE, name).akhiri("Berakhir")
