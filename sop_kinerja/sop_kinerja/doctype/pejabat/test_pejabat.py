# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and Contributors
# See license.txt

import frappe

from sop_kinerja.tests.utils import IntegrationTestCase


class TestPejabat(IntegrationTestCase):
	def test_nip_must_be_eighteen_digits(self):
		for nip in (
			"19750315200003100",
			"1975031520000310021",
			"19750315 200003 1 002",
			"19750315200003100A",
		):
			with self.subTest(nip=nip), self.assertRaises(frappe.ValidationError):
				frappe.get_doc(
					{"doctype": "Pejabat", "nama": "Uji", "jabatan": "Sekretaris", "nip": nip}
				).insert()
			self.assertFalse(frappe.db.exists("Pejabat", nip))

	def test_pejabat_is_named_by_nip(self):
		doc = frappe.get_doc(
			{"doctype": "Pejabat", "nama": "Uji", "jabatan": "Sekretaris", "nip": "198001012005011003"}
		).insert()
		self.assertEqual(doc.name, "198001012005011003")
