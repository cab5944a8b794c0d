"""The public list /sop, as a guest sees it over HTTP: the published SOPs in force with their SOP AP
PDFs, and nothing else."""

from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import frappe
from frappe.app import application
from frappe.tests.utils import FrappeTestCase
from werkzeug.test import Client

SHIPPED = "SOP Perbaikan Data Kinerja"


def guest(path: str):
	"""A request without a session, through Frappe's WSGI app, in a thread of its own (as a server's)."""
	client = Client(application)
	with ThreadPoolExecutor(max_workers=1) as thread:
		response = thread.submit(client.get, path, headers={"X-Frappe-Site-Name": frappe.local.site}).result()
	return response.status_code, response.headers.get("Content-Type", ""), response.get_data()


class TestSOPPublik(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.db.set_value("SOP", SHIPPED, "publik", 1)
		cls.draft = (
			frappe.get_doc(
				{
					"doctype": "SOP",
					"nama_sop": "Uji Rancangan Publik",
					"aktif": 0,
					"publik": 1,
					"langkah": [{"no": 1, "kegiatan": "Menerima berkas", "waktu": 5}],
				}
			)
			.insert()
			.name
		)
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.db.set_value("SOP", SHIPPED, "publik", 0)
		frappe.delete_doc("SOP", cls.draft, force=True)
		frappe.db.commit()
		super().tearDownClass()

	def test_a_guest_sees_the_published_sops_in_force(self):
		status, _, body = guest("/sop")
		page = body.decode()
		self.assertEqual(status, 200)
		self.assertIn("Perbaikan Data Kinerja", page)
		self.assertNotIn("Uji Rancangan Publik", page)  # a draft is never listed
		status, kind, pdf = guest(f"/api/method/sop_kinerja.www.sop.unduh?name={quote(SHIPPED)}")
		self.assertEqual((status, kind), (200, "application/pdf"))
		self.assertTrue(pdf.startswith(b"%PDF"))

	def test_nothing_else(self):
		for name in (self.draft, "SOP Yang Tidak Ada"):
			status, _, _ = guest(f"/api/method/sop_kinerja.www.sop.unduh?name={quote(name)}")
			self.assertEqual(status, 404, name)
		for path in (
			f"/api/resource/SOP/{quote(SHIPPED)}",
			f"/api/resource/SOP/{quote(self.draft)}",
			"/api/resource/Perbaikan%20Data%20Kinerja",
			"/api/resource/Log%20Langkah%20SOP",
			f"/api/method/frappe.www.printview.get_html_and_style?doc=SOP&name={quote(SHIPPED)}&print_format=SOP%20AP",
		):
			self.assertIn(guest(path)[0], (401, 403), path)

	def test_an_sop_no_longer_published_is_gone(self):
		frappe.db.set_value("SOP", SHIPPED, "publik", 0)
		frappe.db.commit()
		try:
			self.assertNotIn("Perbaikan Data Kinerja", guest("/sop")[2].decode())
			self.assertEqual(guest(f"/api/method/sop_kinerja.www.sop.unduh?name={quote(SHIPPED)}")[0], 404)
		finally:
			frappe.db.set_value("SOP", SHIPPED, "publik", 1)
			frappe.db.commit()
