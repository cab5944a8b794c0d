"""Real REST requests through Frappe's WSGI app, from threads that each hold their own site connection.

These requests commit, as a web server's would, so the class removes what it made.
"""

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from unittest.mock import patch

import frappe
from frappe.app import application
from frappe.utils.password import update_password
from werkzeug.test import Client

from sop_kinerja import sop
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import LogLangkahSOP
from sop_kinerja.tests.utils import (
	STRAIGHT_PATH,
	USERS,
	IntegrationTestCase,
	ensure_role_users,
	log_of,
	new_perbaikan,
	state_of,
	walk_to,
)

PASSWORD = "Sop-Kinerja-Uji-2026!"
DOCUMENTS = 12
KOREKSI = {
	"indikator_kinerja": "Persentase Perda yang ditegakkan",
	"nilai_semula": "70",
	"nilai_perbaikan": "75",
	"satuan": "%",
}


class Session:
	"""A logged-in user of the site's REST API (one cookie jar).

	Each request runs in a thread of its own, as a web server's would: Frappe's WSGI app sets up and
	tears down the thread's site context, which must not be the test's own.
	"""

	def __init__(self, site: str, role: str):
		self.site = site
		self.client = Client(application)
		self.post("/api/method/login", {"usr": USERS[role], "pwd": PASSWORD})

	def request(self, method: str, path: str, data=None, json_body=None):
		headers = {"X-Frappe-Site-Name": self.site}
		with ThreadPoolExecutor(max_workers=1) as thread:
			response = thread.submit(
				self.client.open, path, method=method, data=data, json=json_body, headers=headers
			).result()
		return response.status_code, json.loads(response.get_data(as_text=True) or "{}")

	def post(self, path, data=None):
		return self.request("POST", path, data=data)

	def act(self, name: str, action: str):
		return self.post(
			"/api/method/frappe.model.workflow.apply_workflow",
			{"doc": json.dumps({"doctype": sop.DOCTYPE, "name": name}), "action": action},
		)


class TestRestConcurrency(IntegrationTestCase):
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
			frappe.db.delete("Log Langkah SOP", {"reference_name": name})
			frappe.db.delete("Koreksi Data Kinerja", {"parent": name})
			frappe.db.delete("Perbaikan Data Kinerja Unit", {"parent": name})
			frappe.db.delete("Comment", {"reference_name": name})
			frappe.db.delete("Workflow Action", {"reference_name": name})
			frappe.db.delete(sop.DOCTYPE, {"name": name})
		frappe.db.commit()
		super().tearDownClass()

	def committed_document(self, state: str) -> str:
		name = new_perbaikan()
		walk_to(name, state)
		self.made.append(name)
		frappe.db.commit()
		return name

	def enter_koreksi_over_rest(self, name: str):
		status, body = Session(self.site, sop.PELAKSANA).request(
			"PUT", f"/api/resource/{sop.DOCTYPE}/{name}", json_body={"koreksi": [KOREKSI]}
		)
		self.assertEqual(status, 200, body.get("exception"))

	def walk_over_rest(self, name: str) -> list[str]:
		"""From step 4 to the archive, every step by its own user over REST. Returns the errors seen."""
		errors = []
		sessions = {role: Session(self.site, role) for role in sop.ROLES}
		for transition in STRAIGHT_PATH[3:]:
			status, body = sessions[transition.role].act(name, transition.action)
			if status != 200:
				errors.append(f"{name} {transition.action}: HTTP {status} {body.get('exc_type')}")
				break
		return errors

	def test_many_documents_move_at_once_without_loss_or_deadlock(self):
		names = [self.committed_document("Penyusunan Pelaksana") for _ in range(DOCUMENTS)]
		for name in names:
			# entered one after another: concurrent first inserts of child rows can deadlock in Frappe
			# itself (its save re-reads child tables FOR UPDATE), which is data entry, not a transition
			self.enter_koreksi_over_rest(name)
		frappe.db.commit()

		with ThreadPoolExecutor(max_workers=DOCUMENTS) as pool:
			errors = [e for found in pool.map(self.walk_over_rest, names) for e in found]

		self.assertEqual(errors, [])
		frappe.db.rollback()  # see what the threads committed
		for name in names:
			self.assertEqual(state_of(name), sop.DIARSIPKAN)
			log = log_of(name)
			self.assertEqual([row.langkah for row in log], list(range(1, 11)), name)
			self.assertEqual(frappe.db.count("Arsip", {"reference_name": name}), 1)

	def test_two_users_acting_at_the_same_instant_one_wins(self):
		name = self.committed_document("Telaah Kasubbag")
		first, second = Session(self.site, sop.KASUBBAG), Session(self.site, sop.KASUBBAG)
		start = threading.Barrier(2)

		def paraf(session):
			start.wait()
			return session.act(name, sop.PARAF)

		with ThreadPoolExecutor(max_workers=2) as pool:
			results = list(pool.map(paraf, (first, second)))

		statuses = sorted(status for status, _ in results)
		self.assertEqual(statuses[0], 200)
		self.assertNotEqual(statuses[1], 200)
		loser = next(body for status, body in results if status != 200)
		self.assertTrue(loser.get("exc_type") or loser.get("_server_messages"))
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Sekretaris")
		self.assertEqual([row.aksi for row in log_of(name)].count(sop.PARAF), 1)

	def test_a_put_by_the_wrong_role_is_refused_and_changes_nothing(self):
		name = self.committed_document("Penyusunan Pelaksana")
		session = Session(self.site, sop.SEKRETARIS)
		status, body = session.request(
			"PUT", f"/api/resource/{sop.DOCTYPE}/{name}", json_body={"hal": "Diubah lewat API"}
		)
		self.assertEqual(status, 403)
		self.assertEqual(body.get("exc_type"), "StateEditNotAllowedError")
		self.assertEqual(frappe.session.user, "Administrator", "the request ran outside the test's context")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(sop.DOCTYPE, name, "hal"), "Permintaan Perbaikan Data Kinerja Tahun 2026"
		)

	def test_a_transition_whose_log_line_fails_does_not_happen(self):
		name = self.committed_document("Telaah Kasubbag")
		session = Session(self.site, sop.KASUBBAG)
		failing_log = patch.object(
			LogLangkahSOP,
			"before_insert",
			create=True,
			side_effect=frappe.ValidationError("log write failed"),
		)
		with failing_log:
			status, _ = session.act(name, sop.PARAF)
		self.assertNotEqual(status, 200)
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Kasubbag")
		self.assertEqual(len(log_of(name)), 4)

		status, _ = session.act(name, sop.PARAF)
		self.assertEqual(status, 200)
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Sekretaris")
		self.assertEqual(len(log_of(name)), 5)
