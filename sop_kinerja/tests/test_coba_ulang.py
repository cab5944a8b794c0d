"""A save or move that loses a lock race is run again on the server (coba_ulang.py), over real REST."""

import json
from concurrent.futures import ThreadPoolExecutor
from unittest.mock import patch

import frappe
from frappe.handler import get_attr
from frappe.utils.password import update_password

from sop_kinerja.mesin import coba_ulang, mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.contoh import koreksi_row
from sop_kinerja.tests.rest import PASSWORD, RestTestCase, Session
from sop_kinerja.tests.utils import as_user, ensure_user, log_of, state_of

DOCUMENTS = 12
DEADLOCK = (1213, "Deadlock found when trying to get lock; try restarting transaction")


def workflow_changes(name: str) -> int:
	return frappe.db.count(
		"Version", {"ref_doctype": kosakata.DOCTYPE, "docname": name, "data": ("like", '%"workflow_state"%')}
	)


class Percobaan:
	"""Writing the step-log line inside a move, with what each call does first (`langkah`)."""

	def __init__(self, *langkah):
		self.langkah = list(langkah)
		self.calls = 0
		self.after_commit = 0
		self.tulis_log = mutu_baku.tulis_log

	def __call__(self, *args, **kwargs):
		self.calls += 1
		frappe.msgprint("Pesan dari percobaan")  # once per attempt: the user must see it once
		frappe.db.after_commit.add(self.committed)
		step = self.langkah.pop(0) if self.langkah else None
		if step == "commit":
			frappe.db.commit()
			step = "deadlock"
		if step == "deadlock":
			raise frappe.QueryDeadlockError(DEADLOCK)
		if step == "timeout":
			raise frappe.QueryTimeoutError((1205, "Lock wait timeout exceeded; try restarting transaction"))
		return self.tulis_log(*args, **kwargs)

	def committed(self):
		self.after_commit += 1


def save_at_once(site: str, user: str, forms: dict[str, str]) -> tuple[list, int]:
	"""Each form saved by its own session of `user`, all at once through the desk's save. Returns each
	(status, exception) and how many attempts were run again."""
	sessions = [Session(site, user) for _ in forms]

	def save(session, form):
		status, body = session.post(
			"/api/method/frappe.desk.form.save.savedocs", {"doc": form, "action": "Save"}
		)
		return status, body.get("exc_type")

	runs_again = patch.object(
		coba_ulang._Keadaan, "kembalikan", autospec=True, side_effect=coba_ulang._Keadaan.kembalikan
	)
	with runs_again as kembalikan, ThreadPoolExecutor(max_workers=len(forms)) as pool:
		results = list(pool.map(save, sessions, forms.values()))
		return results, kembalikan.call_count


def remove_notes(names: list[str]):
	frappe.db.rollback()
	frappe.db.delete("Note Seen By", {"parent": ("in", names)})
	frappe.db.delete("Note", {"name": ("in", names)})
	frappe.db.commit()


def messages(body: dict) -> list[str]:
	return [json.loads(m)["message"] for m in json.loads(body.get("_server_messages") or "[]")]


class TestCobaUlang(RestTestCase):
	def paraf_with(self, percobaan: Percobaan):
		name = self.committed_document("Telaah Kasubbag")
		self.versions_before = workflow_changes(name)
		with patch.object(mutu_baku, "tulis_log", percobaan):
			status, body = Session(self.site, kosakata.KASUBBAG).act(name, kosakata.PARAF)
		frappe.db.rollback()  # see what the request committed
		return name, status, body

	def test_a_move_picked_as_deadlock_victim_is_done_once_and_the_user_sees_nothing(self):
		percobaan = Percobaan("deadlock", "timeout")
		name, status, body = self.paraf_with(percobaan)

		self.assertEqual(status, 200, body)
		self.assertEqual(percobaan.calls, 3)
		self.assertEqual(messages(body), ["Pesan dari percobaan"])
		self.assertNotIn("exc_type", body)
		self.assertEqual(percobaan.after_commit, 1, "the failed attempts' after-commit work was dropped")
		self.assertEqual(state_of(name), "Telaah Sekretaris")
		self.assertEqual([row.aksi for row in log_of(name)].count(kosakata.PARAF), 1)
		self.assertEqual(workflow_changes(name), self.versions_before + 1)

	def test_it_gives_up_after_the_last_attempt_and_changes_nothing(self):
		percobaan = Percobaan(*["deadlock"] * coba_ulang.PERCOBAAN)
		name, status, body = self.paraf_with(percobaan)

		self.assertNotEqual(status, 200)
		self.assertEqual(body.get("exc_type"), "QueryDeadlockError")
		self.assertEqual(percobaan.calls, coba_ulang.PERCOBAAN)
		self.assertEqual(percobaan.after_commit, 0)
		self.assertEqual(state_of(name), "Telaah Kasubbag")
		self.assertEqual(len(log_of(name)), 4)

	def test_an_attempt_that_committed_is_not_run_again(self):
		percobaan = Percobaan("commit")
		_name, status, body = self.paraf_with(percobaan)

		self.assertNotEqual(status, 200)
		self.assertEqual(body.get("exc_type"), "QueryDeadlockError")
		self.assertEqual(percobaan.calls, 1)

	def test_other_errors_are_not_retried(self):
		name = self.committed_document("Telaah Kasubbag")
		failing = patch.object(mutu_baku, "tulis_log", side_effect=frappe.ValidationError("gagal"))
		with failing as tulis_log:
			status, _body = Session(self.site, kosakata.KASUBBAG).act(name, kosakata.PARAF)
		self.assertEqual(status, 417)
		self.assertEqual(tulis_log.call_count, 1)
		frappe.db.rollback()
		self.assertEqual(state_of(name), "Telaah Kasubbag")

	def test_real_deadlocks_never_reach_the_user(self):
		"""Twelve users save the first child row of their own new document at once, as the desk saves.

		On a DocType of Frappe's (Note), the save re-reads the child table FOR UPDATE and clears it with
		a range DELETE; the new documents share the gap at the end of the child table's `parent` index,
		and InnoDB picks deadlock victims among them (NOTES, Concurrency). Each victim's request is run
		again on the server. Note is Frappe's, which the app leaves alone: here it is taken as governed.
		"""
		user = "coba-ulang@sop-kinerja.test"
		ensure_user(user, ["System Manager"])
		update_password(user, PASSWORD)
		frappe.db.commit()
		retried = 0
		for round_ in range(3):  # until InnoDB has picked a victim at least once
			names = [f"zzz-coba-ulang-{round_}-{i:02d}" for i in range(DOCUMENTS)]
			self.addCleanup(remove_notes, names)
			with as_user(user):  # a Note is its owner's
				for name in names:
					frappe.get_doc({"doctype": "Note", "title": name}).insert(set_name=name)
			frappe.db.commit()
			forms = {}
			for name in names:
				form = frappe.get_doc("Note", name).as_dict(convert_dates_to_str=True)
				form["seen_by"] = [{"user": user}]
				forms[name] = json.dumps(form, default=str)
			with patch.object(coba_ulang, "governs", return_value=True):
				results, count = save_at_once(self.site, user, forms)
			retried += count
			self.assertEqual(results, [(200, None)] * DOCUMENTS)
			frappe.db.rollback()
			for name in names:
				self.assertEqual(frappe.db.count("Note Seen By", {"parent": name}), 1, name)
			if retried:
				break
		self.assertGreater(retried, 0, "no deadlock happened in three rounds: nothing was shown")

	def test_other_apps_doctypes_are_left_to_frappe_and_never_run_again(self):
		"""A save of a DocType no SOP governs (Frappe's Note; ERPNext's Sales Invoice when it is here) that
		loses a lock race reaches the user as Frappe shows it, after one attempt: hooks of other apps may
		already have called out (e-invoicing, payments), so the app never runs it again."""
		user = "coba-ulang@sop-kinerja.test"
		ensure_user(user, ["System Manager"])
		update_password(user, PASSWORD)
		frappe.db.commit()
		doctypes = ["Note"] + (["Sales Invoice"] if "erpnext" in frappe.get_installed_apps() else [])
		for doctype in doctypes:
			kind = type(frappe.new_doc(doctype))
			new = {
				"doctype": doctype,
				"name": f"new-{frappe.scrub(doctype).replace('_', '-')}-1",
				"__islocal": 1,
			}
			requests = (
				("/api/method/frappe.desk.form.save.savedocs", {"doc": json.dumps(new), "action": "Save"}),
				("/api/method/frappe.client.insert", {"doc": json.dumps(new)}),
			)
			for path, data in requests:
				with self.subTest(doctype=doctype, path=path):
					failing = patch.object(kind, "insert", side_effect=frappe.QueryDeadlockError(DEADLOCK))
					rolled_back = patch.object(coba_ulang._Keadaan, "kembalikan")
					with failing as insert, rolled_back as kembalikan:
						status, body = Session(self.site, user).post(path, data)
					self.assertNotEqual(status, 200)
					self.assertEqual(body.get("exc_type"), "QueryDeadlockError")
					self.assertEqual(insert.call_count, 1)
					kembalikan.assert_not_called()

	def test_a_governed_doctype_is_known_from_its_request(self):
		note = json.dumps({"doctype": "Note", "title": "x"})
		ours = json.dumps({"doctype": kosakata.DOCTYPE, "name": "x"})
		self.assertTrue(coba_ulang.governs({"doc": ours, "action": "Paraf"}))
		self.assertTrue(coba_ulang.governs({"doctype": kosakata.DOCTYPE, "name": "x"}))
		self.assertFalse(coba_ulang.governs({"doc": note, "action": "Save"}))
		self.assertFalse(coba_ulang.governs({"docs": json.dumps([json.loads(ours), json.loads(note)])}))
		self.assertFalse(coba_ulang.governs({"doc": "{not json"}))
		self.assertFalse(coba_ulang.governs({}))

	def test_first_corrections_at_once_take_no_gap_lock(self):
		"""The same race on this app's own DocType: its save locks the document's row only (jalur_simpan.py),
		so twelve Pelaksana saving their first corrections at once meet no deadlock, through the desk's
		save and through REST's PUT (which has no retry)."""
		names = [self.committed_document("Penyusunan Pelaksana") for _ in range(2 * DOCUMENTS)]
		forms = {}
		for name in names[:DOCUMENTS]:
			form = frappe.get_doc(kosakata.DOCTYPE, name).as_dict(convert_dates_to_str=True)
			form["koreksi"] = [koreksi_row(1), koreksi_row(2)]
			forms[name] = json.dumps(form, default=str)
		results, retried = save_at_once(self.site, kosakata.PELAKSANA, forms)
		self.assertEqual(results, [(200, None)] * DOCUMENTS)
		self.assertEqual(retried, 0)

		sessions = [Session(self.site, kosakata.PELAKSANA) for _ in range(DOCUMENTS)]

		def put(session, name):
			status, body = session.request(
				"PUT", f"/api/resource/{kosakata.DOCTYPE}/{name}", json_body={"koreksi": [koreksi_row(1)]}
			)
			return status, body.get("exc_type")

		with ThreadPoolExecutor(max_workers=DOCUMENTS) as pool:
			puts = list(pool.map(put, sessions, names[DOCUMENTS:]))
		self.assertEqual(puts, [(200, None)] * DOCUMENTS)
		frappe.db.rollback()
		for name in names:
			expected = 2 if name in forms else 1
			self.assertEqual(frappe.db.count("Koreksi Data Kinerja", {"parent": name}), expected, name)

	def test_a_removed_correction_is_deleted_and_a_stale_form_refused(self):
		name = self.committed_document("Penyusunan Pelaksana")
		session = Session(self.site, kosakata.PELAKSANA)
		form = frappe.get_doc(kosakata.DOCTYPE, name).as_dict(convert_dates_to_str=True)
		form["koreksi"] = [koreksi_row(1), koreksi_row(2)]
		status, body = session.post(
			"/api/method/frappe.desk.form.save.savedocs",
			{"doc": json.dumps(form, default=str), "action": "Save"},
		)
		self.assertEqual(status, 200, body)
		saved = body["docs"][0]
		first, second = saved["koreksi"]

		saved["koreksi"] = [first]
		status, body = session.post(
			"/api/method/frappe.desk.form.save.savedocs", {"doc": json.dumps(saved), "action": "Save"}
		)
		self.assertEqual(status, 200, body)
		frappe.db.rollback()
		self.assertEqual(
			frappe.get_all("Koreksi Data Kinerja", {"parent": name}, pluck="name"), [first["name"]]
		)
		self.assertFalse(frappe.db.exists("Koreksi Data Kinerja", second["name"]))

		# the form as it was before the last save: Frappe's own check refuses it, nothing changes
		status, body = session.post(
			"/api/method/frappe.desk.form.save.savedocs",
			{"doc": json.dumps(form, default=str), "action": "Save"},
		)
		self.assertEqual(body.get("exc_type"), "TimestampMismatchError")
		frappe.db.rollback()
		self.assertEqual(
			frappe.get_all("Koreksi Data Kinerja", {"parent": name}, pluck="name"), [first["name"]]
		)

	def test_a_document_reads_as_frappe_reads_it(self):
		"""jalur_simpan.py's read gives what Frappe's own gives, for an update too, and the same error for a
		document that is not there."""
		name = self.committed_document("Penyusunan Pelaksana")
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.koreksi = []
		doc.extend("koreksi", [koreksi_row(2), koreksi_row(1)])
		doc.flags.ignore_permissions = True
		doc.save()
		frappe.db.commit()
		self.addCleanup(frappe.db.commit)
		self.addCleanup(frappe.db.delete, "Koreksi Data Kinerja", {"parent": name})

		frappes = frappe.model.document.Document(kosakata.DOCTYPE, name).as_dict()
		for for_update in (False, True):
			ours = frappe.get_doc(kosakata.DOCTYPE, name, for_update=for_update)
			self.assertEqual(ours.as_dict(), frappes)
			self.assertEqual(len(ours.koreksi), 2)
			self.assertEqual([row.idx for row in ours.koreksi], [1, 2])
		with self.assertRaises(frappe.DoesNotExistError):
			frappe.get_doc(kosakata.DOCTYPE, "ND/TIDAK-ADA")

	def test_every_wrapped_method_keeps_the_original_http_methods(self):
		overrides = frappe.get_hooks("override_whitelisted_methods")
		wrapped = {cmd: paths[-1] for cmd, paths in overrides.items() if ".coba_ulang." in paths[-1]}
		self.assertIn("frappe.desk.form.save.savedocs", wrapped)
		self.assertIn("frappe.model.workflow.apply_workflow", wrapped)
		for cmd, path in wrapped.items():
			original, wrapper = get_attr(cmd), get_attr(path)
			self.assertIn(wrapper, frappe.whitelisted, path)
			self.assertNotIn(wrapper, frappe.guest_methods, path)
			self.assertEqual(
				frappe.allowed_http_methods_for_whitelisted_func[wrapper],
				frappe.allowed_http_methods_for_whitelisted_func[original],
				path,
			)
