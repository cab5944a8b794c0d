"""Coba ulang: a save or a workflow move that loses a lock race is run again on the server.

InnoDB ends a deadlock by rolling back one of the transactions (`QueryDeadlockError`), and a lock
waited for past `innodb_lock_wait_timeout` fails its statement (`QueryTimeoutError`). Either way a
person clicked Save or a workflow button and did nothing wrong: the same request a moment later
succeeds. Frappe retries its background jobs so (`frappe.utils.background_jobs.execute_job`), not
its web requests. This module gives the web requests that save or move a document of a DocType the
app governs (an active SOP record names it) the same: the desk's save, submit and cancel, the
workflow buttons, and `frappe.client` over REST, through `override_whitelisted_methods` (hooks.py).

Every other DocType is left to Frappe exactly as it is: its request goes, once, to what would have
answered it without this app, an earlier app's override of the same method or else Frappe's own
(`previous_override`). A Sales Invoice of ERPNext on the same site is never run again, whatever
its hooks may already have sent out.

Safe to run again because:
- the whole transaction is rolled back first, and with it everything Frappe queued for the commit:
  jobs enqueued after commit (Frappe's workflow e-mails and `Document.queue_action`, this app's
  archive PDF), realtime updates (`notify_update`), the Email Queue and Notification Log rows;
  a File written to disk is removed by Frappe's own rollback hook;
- the request's own state is put back as it was before the attempt: messages, the response,
  flags and the value cache of the attempt (which may hold values of the rolled-back transaction);
- an attempt that committed anything (some code commits in the middle of a request) is not run
  again: a marker in `before_commit` tells, and the error then reaches the user as before.
What Frappe cannot take back and does not tell of (a job enqueued at once, a realtime message sent
at once, a mail sent with `now=True` inside a save, by another app's hook) would be done twice: no
code of Frappe's save path or of this app does that.

At most `PERCOBAAN` attempts, each retry after a short random pause, longer each time, so that the
two parties of a deadlock do not meet again. `/api/resource` is not a whitelisted method and Frappe
offers no way to wrap it: an integration that wants the retry uses `frappe.client` (README).
"""

import copy
import functools
import importlib
import inspect
import json
import random
import time

import frappe

from sop_kinerja.mesin import mutu_baku

PERCOBAAN = 6  # the first attempt and five more
JEDA = 0.1  # seconds; the n-th retry waits n x JEDA x (0.5 to 1.5)
DAPAT_DIULANG = (frappe.QueryDeadlockError, frappe.QueryTimeoutError)


class _Keadaan:
	"""The request's state before an attempt, and whether the attempt committed."""

	def __init__(self):
		self.pesan = len(frappe.local.message_log)
		self.galat = len(frappe.local.error_log)
		self.response = copy.deepcopy(dict(frappe.local.response))
		# a copy of each value: lists such as `currently_saving` are changed in place by a save
		self.flags = {key: copy.copy(value) for key, value in frappe.local.flags.items()}
		self.sudah_commit = False
		frappe.db.before_commit.add(self._tandai_commit)

	def _tandai_commit(self):
		self.sudah_commit = True

	def kembalikan(self):
		frappe.db.rollback()
		del frappe.local.message_log[self.pesan :]
		del frappe.local.error_log[self.galat :]
		frappe.local.response.clear()
		frappe.local.response.update(self.response)
		frappe.local.flags.clear()
		frappe.local.flags.update(self.flags)
		frappe.db.value_cache = {}


def previous_override(method: str):
	"""What answers `method` when this app does not: the override of an app before it, else Frappe's."""
	hooks = frappe.get_hooks("override_whitelisted_methods", {}).get(method, [])
	ours = next((i for i, path in enumerate(hooks) if path.startswith("sop_kinerja.")), len(hooks))
	return frappe.get_attr(hooks[ours - 1] if ours else method)


def doctypes_of(arguments: dict) -> set[str]:
	"""The DocTypes a request saves or moves: `doctype`, or the `doc` / `docs` it sends."""
	if arguments.get("doctype"):
		return {arguments["doctype"]}
	try:
		docs = arguments.get("docs") or [arguments.get("doc")]
		if isinstance(docs, str):
			docs = json.loads(docs)
		docs = [json.loads(d) if isinstance(d, str) else d for d in docs]
	except (TypeError, ValueError):
		return set()  # Frappe's own method answers what it cannot read
	return {d.get("doctype") for d in docs if isinstance(d, dict)}


def governs(arguments: dict) -> bool:
	"""Every DocType of the request is one an active SOP record governs (a cached look-up each)."""
	doctypes = doctypes_of(arguments)
	return bool(doctypes) and all(doctype and mutu_baku.sop_for_doctype(doctype) for doctype in doctypes)


def dengan_coba_ulang(method: str):
	"""The whitelisted `method`, run again after a deadlock or lock timeout on a governed DocType."""
	module, name = method.rsplit(".", 1)
	frappe_method = getattr(
		importlib.import_module(module), name
	)  # Frappe's own, as imported: no site needed
	signature = inspect.signature(frappe_method)

	@functools.wraps(frappe_method)
	def coba(*args, **kwargs):
		fungsi = previous_override(method)
		if not governs(signature.bind_partial(*args, **kwargs).arguments):
			return fungsi(*args, **kwargs)
		for percobaan in range(1, PERCOBAAN + 1):
			keadaan = _Keadaan()
			try:
				return fungsi(*args, **kwargs)
			except DAPAT_DIULANG as error:
				if percobaan == PERCOBAAN or keadaan.sudah_commit:
					raise
				keadaan.kembalikan()
				frappe.logger("sop_kinerja").warning(
					f"coba ulang {method} ({percobaan}): {type(error).__name__}"
				)
			time.sleep(JEDA * percobaan * random.uniform(0.5, 1.5))

	return frappe.whitelist(methods=frappe.allowed_http_methods_for_whitelisted_func.get(frappe_method))(coba)


# The desk: Save, Submit (savedocs), Cancel, and the workflow buttons
savedocs = dengan_coba_ulang("frappe.desk.form.save.savedocs")
cancel = dengan_coba_ulang("frappe.desk.form.save.cancel")
apply_workflow = dengan_coba_ulang("frappe.model.workflow.apply_workflow")
# REST: frappe.client
insert = dengan_coba_ulang("frappe.client.insert")
insert_many = dengan_coba_ulang("frappe.client.insert_many")
save = dengan_coba_ulang("frappe.client.save")
set_value = dengan_coba_ulang("frappe.client.set_value")
submit = dengan_coba_ulang("frappe.client.submit")
cancel_doc = dengan_coba_ulang("frappe.client.cancel")
