# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and Contributors
# See license.txt

# import frappe
from frappe.tests.utils import FrappeTestCase


class TestSOP(FrappeTestCase):
	pass
