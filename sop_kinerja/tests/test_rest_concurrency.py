"""Concurrent use over real REST requests (see rest.py): many documents at once, two users at one instant."""

import threading
from concurrent.futures import ThreadPoolExecutor
from unittest.mock import patch

import frappe

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.contoh import koreksi_row
from sop_kinerja.tests.rest import RestTestCase, Session
from sop_kinerja.tests.utils import log_of, state_of, straight_path

DOCUMENTS = 12


class TestRestConcurrency(RestTestCase):
	def enter_koreksi_over_rest(self, name: str):
		status, body = Session(self.site, kosakata.PELAKSANA).request(
			"PUT", f"/api/resource/{kosakata.DOCTYPE}/{name}", json_body={"koreksi": [koreksi_row()]}
		)
		self.assertEqual(status, 200, body.get("exception"))

	def walk_over_rest(self, name: str, path: list) -> list[str]:
		"""Along `path`, every step by its own user over REST. Returns the errors seen."""
		errors = []
		sessions = {role: Session(self.site, role) for role in kosakata.ROLES}
		for transition in path:
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

		from_step_4 = straight_path()[3:]  # read here: the threads have no site of their own
		with ThreadPoolExecutor(max_workers=DOCUMENTS) as pool:
			found = pool.map(lambda name: self.walk_over_rest(name, from_step_4), names)
			errors = [e for errors_of_one in found for e in errors_of_one]

		self.assertEqual(errors, [])
		frappe.db.rollback()  # see what the threads committed
		for name in names:
			self.assertEqual(state_of(name), kosakata.DIARSIPKAN)
			log = log_of(name)
			self.assertEqual([row.langkah for row in log], list(range(1, 11)), name)
			self.assertEqual(frappe.db.count("Arsip", {"reference_name": name}), 1)

	def test_two_users_acting_at_the_same_instant_one_wins(self):
		name = self.committed_document("Telaah Kasubbag")
		first, second = Session(self.site, kosakata.KASUBBAG), Session(self.site, kosakata.KASUBBAG)
		start = threading.Barrier(2)

		def paraf(session):
			start.wait()
			return session.act(name, kosakata.PARAF)

		with ThreadPoolExecutor(max_workers=2) as pool:
			results = list(pool.map(paraf, (first, second)))

		statuses = sorted(status for status, _ in results)
		self.assertEqual(statuses[0], 200)
		self.assertNotEqual(statuses[1], 200)
		loser = next(body for status, body in results if status != 200)
		self.assertTrue(loser.get("exc_type") or loser.get("_server_messages"))
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Sekretaris")
		self.assertEqual([row.aksi for row in log_of(name)].count(kosakata.PARAF), 1)

	def test_a_put_by_the_wrong_role_is_refused_and_changes_nothing(self):
		name = self.committed_document("Penyusunan Pelaksana")
		session = Session(self.site, kosakata.SEKRETARIS)
		status, body = session.request(
			"PUT", f"/api/resource/{kosakata.DOCTYPE}/{name}", json_body={"hal": "Diubah lewat API"}
		)
		self.assertEqual(status, 403)
		self.assertEqual(body.get("exc_type"), "StateEditNotAllowedError")
		self.assertEqual(frappe.session.user, "Administrator", "the request ran outside the test's context")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(kosakata.DOCTYPE, name, "hal"), "Permintaan Perbaikan Data Kinerja Tahun 2026"
		)

	def test_a_transition_whose_log_line_fails_does_not_happen(self):
		name = self.committed_document("Telaah Kasubbag")
		session = Session(self.site, kosakata.KASUBBAG)
		failing_log = patch.object(
			mutu_baku, "tulis_log", side_effect=frappe.ValidationError("log write failed")
		)
		with failing_log:
			status, _ = session.act(name, kosakata.PARAF)
		self.assertNotEqual(status, 200)
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Kasubbag")
		self.assertEqual(len(log_of(name)), 4)

		status, _ = session.act(name, kosakata.PARAF)
		self.assertEqual(status, 200)
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Sekretaris")
		self.assertEqual(len(log_of(name)), 5)
