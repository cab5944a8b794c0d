"""Load test of the SOP over REST, the sites' side: the users, the stock copy, and the final count.

`benchmarks/beban-workflow` at the repo root makes two throwaway sites on one bench, one with this app
installed and one with Frappe alone, runs `prepare` on each, drives both through the bench's
gunicorn with `klien_beban.py`, and then runs `verify` on each. Nothing here asserts: the figures
and counts are the output. Run from the bench's `sites` folder, as `bench execute` cannot call an app
that the site does not have installed:

	python -m benchmarks.beban_workflow SITE prepare --clients 20 [--stock]
	python -m benchmarks.beban_workflow SITE verify --path DOCUMENTS.json [--stock]
	python -m benchmarks.beban_workflow SITE sql --setup SETUP.json [--stock]

The stock site gets the same DocTypes as Frappe custom DocTypes (same fields, permissions and
naming, no controller) and the same Workflow, so the two runs differ only by this app's code.
"""

import argparse
import json
import statistics
from collections import Counter, defaultdict

import frappe
from frappe.utils.password import update_password

from benchmarks.klien_beban import FORWARD, document_values, label
from sop_kinerja.naskah import kosakata, penomoran
from sop_kinerja.tests.contoh import NOTA_DINAS, koreksi_row
from sop_kinerja.tests.utils import ensure_pejabat, ensure_user

PASSWORD = "Beban-Alur-Uji-2026!"
# dependencies first; the Perbaikan's own table and link targets before it
COPIED_DOCTYPES = (
	"Klasifikasi Arsip",
	"Jam Kerja Harian",
	"Unit Kerja",
	"Pejabat",
	"Koreksi Data Kinerja",
	"Perbaikan Data Kinerja Unit",
	"Arsip",
	kosakata.DOCTYPE,
)


def users_of(client: int) -> dict[str, str]:
	"""The five role users of one client: client 3's Sekretaris is sekretaris.03@beban.test."""
	return {
		role: f"{frappe.scrub(role).replace('_', '.')}.{client:02d}@beban.test" for role in kosakata.ROLES
	}


def prepare(clients: int = 20, stock: bool = False, units: bool = False) -> dict:
	"""One user per role per client, each holding only that role; the signing official. With `units`,
	each client is a unit of its own (Unit Kerja) and its five users are limited to it by a User
	Permission, as an admin scopes a shared site: their documents take the unit from it."""
	if stock:
		install_stock_copy()
	frappe.db.set_single_value("System Settings", "setup_complete", 1)
	frappe.local.conf.throttle_user_limit = 10 * clients  # Frappe refuses more than 60 new users a minute
	for client in range(clients):
		for role, email in users_of(client).items():
			ensure_user(email, [role])
			update_password(email, PASSWORD)
			if units:
				limit_to_unit(email, f"Beban Unit {client:02d}")
	nip = ensure_pejabat(user=None)  # the stock site has none of the tests' users
	frappe.db.commit()
	return {"users": [users_of(client) for client in range(clients)], "password": PASSWORD, "nip": nip}


def limit_to_unit(email: str, unit: str):
	if not frappe.db.exists("Unit Kerja", unit):
		frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": unit}).insert()
	frappe.get_doc(
		{
			"doctype": "User Permission",
			"user": email,
			"allow": "Unit Kerja",
			"for_value": unit,
			"apply_to_all_doctypes": 1,
		}
	).insert()


def install_stock_copy():
	"""This app's DocTypes and Workflow on a site without the app, as stock Frappe would run them."""

	def load(*path) -> dict | list:
		with open(frappe.get_app_path("sop_kinerja", *path)) as f:
			return json.load(f)

	for role in kosakata.ROLES:
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert()
	for record in (
		*load("fixtures", "workflow_state.json"),
		*load("fixtures", "workflow_action_master.json"),
	):
		if not frappe.db.exists(record["doctype"], record["name"]):
			frappe.get_doc(record).insert()
	for doctype in COPIED_DOCTYPES:
		if frappe.db.exists("DocType", doctype):
			continue
		folder = frappe.scrub(doctype)
		meta = load("sop_kinerja", "doctype", folder, f"{folder}.json")
		meta.update(
			{"custom": 1, "module": "Custom", "default_print_format": None, "actions": [], "links": []}
		)
		frappe.get_doc(meta).insert()
	workflow = load("workflow", "perbaikan_data_kinerja.json")[0]
	if not frappe.db.exists("Workflow", workflow["name"]):
		frappe.get_doc(workflow).insert()
	penomoran.ensure_series_counters()  # as on the app's site: no first-of-series gap lock in either run
	frappe.db.commit()


def verify(path: str, stock: bool = False):
	"""Count what the run left behind against what the clients saw succeed (written to `path`).

	A transition is recorded on both sites as a workflow-state change in the document's Version
	history, and on the app's site also as a closed step-log line. Lost: recorded fewer times than the
	clients saw it succeed; duplicated: more. The app's site also shows each archived document's Arsip
	and its Nota Dinas PDF, and that only waiting documents have an open step-log line.
	"""
	with open(path) as f:
		expected = json.load(f)  # name -> {"transitions": n, "state": final state}
	found = Counter()
	names = list(expected)
	for start in range(0, len(names), 500):
		part = names[start : start + 500]
		state = dict(
			frappe.get_all(kosakata.DOCTYPE, {"name": ("in", part)}, ["name", "workflow_state"], as_list=True)
		)
		versions = Counter(
			frappe.get_all(
				"Version",
				{
					"ref_doctype": kosakata.DOCTYPE,
					"docname": ("in", part),
					"data": ("like", '%"workflow_state"%'),
				},
				pluck="docname",
			)
		)
		closed, still_open, arsip = _log_langkah(part) if not stock else (Counter(), Counter(), {})
		for name in part:
			want = expected[name]
			found["documents"] += 1
			found["at the expected state"] += state.get(name) == want["state"]
			found["transitions the clients saw"] += want["transitions"]
			recorded = [versions[name]] if stock else [versions[name], closed[name]]
			found["lost transitions"] += sum(max(want["transitions"] - n, 0) for n in recorded)
			found["duplicated transitions"] += sum(max(n - want["transitions"], 0) for n in recorded)
			if stock:
				continue
			found["step-log lines closed"] += closed[name]
			found["open step-log line only while waiting"] += still_open[name] == (
				want["state"] != kosakata.DIARSIPKAN
			)
			if want["state"] == kosakata.DIARSIPKAN:
				found["archived"] += 1
				found["Arsip records"] += len(arsip.get(name, []))
				found["Arsip with the Nota Dinas PDF"] += sum(map(bool, arsip.get(name, [])))
	print(json.dumps(found))


def _log_langkah(names: list[str]) -> tuple[Counter, Counter, dict]:
	def lines(keluar: str) -> Counter:
		return Counter(
			frappe.get_all(
				"Log Langkah SOP",
				{"reference_name": ("in", names), "keluar": ("is", keluar)},
				pluck="reference_name",
			)
		)

	arsip = {}
	for reference_name, berkas in frappe.get_all(
		"Arsip", {"reference_name": ("in", names)}, ["reference_name", "berkas"], as_list=True
	):
		arsip.setdefault(reference_name, []).append(berkas)
	return lines("set"), lines("not set"), arsip


def sql_per_move(setup: dict, documents: int = 6) -> dict[str, float]:
	"""SQL statements per workflow action, counted by MariaDB (the session's `Questions`).

	`documents` documents walk the whole SOP in-process, every step by its role's user, each move
	`apply_workflow` and the commit, as a request does; the first document only warms the caches.
	Returns the median per action and over all moves.
	"""
	from frappe.model.workflow import apply_workflow

	users = setup["users"][0]

	def questions() -> int:
		return int(frappe.db.sql("show session status like 'Questions'")[0][1])

	counts = defaultdict(list)
	for number in range(documents):
		frappe.set_user(users[kosakata.KEPALA_SATUAN])
		doc = frappe.get_doc(document_values(900_000 + number)).insert()
		frappe.db.commit()
		state = kosakata.DISPOSISI_KEPALA_SATUAN
		while state != kosakata.DIARSIPKAN:
			transition = FORWARD[state]
			frappe.set_user(users[transition.role])
			doc = frappe.get_doc(kosakata.DOCTYPE, doc.name)
			if state == kosakata.PENYAMPAIAN_SEKRETARIS:
				doc.update({**NOTA_DINAS, "dari": "Sekretaris", "penandatangan": setup["nip"]})
				doc.save()
			if state == kosakata.PENYUSUNAN_PELAKSANA:
				doc.update({"koreksi": [koreksi_row(1), koreksi_row(2)]})
				doc.save()
			frappe.db.commit()
			before = questions()
			doc = apply_workflow(frappe.get_doc(kosakata.DOCTYPE, doc.name), transition.action)
			frappe.db.commit()
			if number:
				counts[label(transition).strip()].append(questions() - before - 1)
			state = transition.next_state
	frappe.set_user("Administrator")
	every = [n for moves in counts.values() for n in moves]
	return {"all moves": statistics.median(every), **{k: statistics.median(v) for k, v in counts.items()}}


def main():
	parser = argparse.ArgumentParser(description="The sites' side of the SOP load test.")
	parser.add_argument("site")
	parser.add_argument("command", choices=("prepare", "verify", "sql"))
	parser.add_argument("--clients", type=int, default=20)
	parser.add_argument("--path")
	parser.add_argument("--setup")
	parser.add_argument("--stock", action="store_true")
	parser.add_argument("--units", action="store_true", help="each client a unit, its users limited to it")
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		if args.command == "prepare":
			print(json.dumps(prepare(args.clients, args.stock, args.units)))
		elif args.command == "sql":
			with open(args.setup) as f:
				print(json.dumps(sql_per_move(json.load(f))))
		else:
			verify(args.path, args.stock)
	finally:
		frappe.destroy()


if __name__ == "__main__":
	main()
