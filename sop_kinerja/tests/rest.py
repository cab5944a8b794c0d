"""Real REST requests through Frappe's WSGI app, as a logged-in role user, for tests that need them.

Requests commit, as a web server's would, so a RestTestCase removes the documents it made.
"""

import json
from concurrent.futures import ThreadPoolExecutor

import frappe
from frappe.app import application
from frappe.utils.password import update_password
from werkzeug.test import Client

from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.utils import USERS, IntegrationTestCase, ensure_role_users, new_perbaikan, walk_to

PASSWORD = "Sop-Kinerja-Uji-2026!"


class Session:
	"""A logged-in user of the site's REST API (one cookie jar): a role's test user, or a user by e-mail.

	Each request runs in a thread of its own, as a web server's would: Frappe's WSGI app sets up and
	tears down the thread's site context, which must not be the test's own.
	"""

	def __init__(self, site: str, role: str):
		self.site = site
		self.client = Client(application)
		self.post("/api/method/login", {"usr": USERS.get(role, role), "pwd": PASSWORD})

	def request(self, method: str, path: str, data=None, json_body=None, content_type=None):
		headers = {"X-Frappe-Site-Name": self.site}
		with ThreadPoolExecutor(max_workers=1) as thread:
			response = thread.submit(
				self.client.open,
				path,
				method=method,
				data=data,
				json=json_body,
				headers=headers,
				content_type=content_type,
			).result()
		text = response.get_data(as_text=True)
		try:
			return response.status_code, json.loads(text or "{}")
		except ValueError:
			return response.status_code, {"raw": text}

	def post(self, path, data=None):
		return self.request("POST", path, data=data)

	def act(self, name: str, action: str):
		return self.post(
			"/api/method/frappe.model.workflow.apply_workflow",
			{"doc": json.dumps({"doctype": kosakata.DOCTYPE, "name": name}), "action": action},
		)


class RestTestCase(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()
		for email in USERS.values():
			update_password(email, PASSWORD)
		cls.site = frappe.local.site
		cls.made = []
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.db.rollback()
		for name in cls.made:
			arsip = frappe.get_all("Arsip", {"reference_name": name}, pluck="name")
			frappe.db.delete(
				"File", {"attached_to_doctype": "Arsip", "attached_to_name": ("in", arsip or [""])}
			)
			frappe.db.delete("Arsip", {"reference_name": name})
			frappe.db.delete("Verifikasi Naskah", {"reference_name": name})
			frappe.db.delete("Log Langkah SOP", {"reference_name": name})
			frappe.db.delete("Koreksi Data Kinerja", {"parent": name})
			frappe.db.delete("Perbaikan Data Kinerja Unit", {"parent": name})
			frappe.db.delete("Comment", {"reference_name": name})
			frappe.db.delete("Workflow Action", {"reference_name": name})
			frappe.db.delete(kosakata.DOCTYPE, {"name": name})
		frappe.db.commit()
		super().tearDownClass()

	def committed_document(self, state: str) -> str:
		name = new_perbaikan()
		walk_to(name, state)
		self.made.append(name)
		frappe.db.commit()
		return name
