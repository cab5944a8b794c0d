"""SOP records from before versions had a status: the one in force is Berlaku, every other a
Rancangan (a draft, or a record an admin switched off, which Jalankan SOP puts to work again)."""

import frappe


def execute():
	sop = frappe.qb.DocType("SOP")
	frappe.qb.update(sop).set(sop.status, "Berlaku").where(sop.aktif == 1).run()
	frappe.qb.update(sop).set(sop.status, "Rancangan").where(sop.aktif == 0).run()
