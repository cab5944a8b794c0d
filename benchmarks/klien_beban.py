"""Load test of the SOP over REST, the clients' side (standard library only; no Frappe imported).

Run by `benchmarks/beban-workflow`, which makes the sites and serves them with gunicorn:

	python -m benchmarks.klien_beban --url http://127.0.0.1:PORT \\
		--site APP_SITE --setup APP.json --stock-site STOCK_SITE --stock-setup STOCK.json \\
		--documents 1000 --clients 20 --out DIR

Each client is a thread with its own five users, one per role, logged in as the desk would be. It
takes the next document number and works that document through the whole SOP over the REST API:
the Kepala Satuan creates it, every workflow action is taken by the role the SOP names, the
Sekretaris writes the Nota Dinas and the Pelaksana the corrections. Every tenth document is sent
back once by the Kasubbag with a note. The same path runs on both sites by turns of TURN documents,
app, stock, stock, app, app, stock, ..., so that the machine's drift (its speed moves by a third
within minutes here) falls on both alike; each site still runs alone during its turn.

Every request is sent once: the client never retries behind the user's back. A request refused with
an error is counted as an error the user saw (by kind and exception), and the user then clicks again
(a new request), so that the document goes on. Documents are made and saved with `frappe.client`
(`insert`, `set_value`) and moved with `apply_workflow`, as the desk's workflow buttons move them.
(The desk's own save, `savedocs`, is proven against real deadlocks in `tests/test_coba_ulang.py`;
here it would add a form load before each save, which the stock site would pay alike.)
Prints throughput and p50/p95 per request kind; writes DIR/SITE.json (document -> transitions the
clients saw succeed and the state they left it in) for `beban_workflow.verify`.

The path is the shipped SOP record's (`kosakata.SOP_FILE`), read here as the workflow is generated from
it: the stock site has no SOP record to ask, and both sites run the workflow the shipped one makes.
"""

import argparse
import http.cookiejar
import json
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from typing import NamedTuple

from sop_kinerja.mesin import sop_ke_workflow
from sop_kinerja.naskah import kosakata
from sop_kinerja.tests.contoh import NOTA_DINAS, koreksi_row

KEMBALIKAN_SETIAP = 10
TURN = 125  # documents one site runs before the other takes its turn
AGAIN = 5  # a user who saw an error clicks again, at most this many times


class Transition(NamedTuple):
	state: str
	action: str
	next_state: str
	role: str


def read_sop() -> tuple[dict[str, int], list[Transition]]:
	"""The shipped SOP record's step number of each state (the final one past the last step) and the
	workflow transitions its steps make."""
	record = json.loads(kosakata.SOP_FILE.read_text(encoding="utf-8"))
	steps = sop_ke_workflow.ordered(record["langkah"])
	nomor_langkah = {langkah["workflow_state"]: int(langkah["no"]) for langkah in steps}
	nomor_langkah[record["status_akhir"]] = int(steps[-1]["no"]) + 1
	spec = sop_ke_workflow.workflow_spec(steps, record["status_akhir"])
	return nomor_langkah, [Transition(*sop_ke_workflow.transition_key(t)) for t in spec["transitions"]]


STEP_NO, TRANSITIONS = read_sop()
FORWARD = {t.state: t for t in TRANSITIONS if STEP_NO[t.next_state] > STEP_NO[t.state]}
KEMBALIKAN_DI = next(t for t in TRANSITIONS if STEP_NO[t.next_state] < STEP_NO[t.state])
# the Kasubbag's Paraf: two of them click it on one document at once (`same_instant`)
PARAF_KASUBBAG = next(
	t for t in FORWARD.values() if (t.action, t.role) == (kosakata.PARAF, kosakata.KASUBBAG)
)


def label(transition: Transition) -> str:
	return f"{STEP_NO[transition.state]:>2} {transition.action}"


ACTION_KINDS = {label(t) for t in TRANSITIONS}  # the other kinds are data entry and login


def document_values(number: int) -> dict:
	"""A new Perbaikan Data Kinerja as the Kepala Satuan makes it, numbered for the run."""
	return {
		"doctype": kosakata.DOCTYPE,
		"naming_series": "ND/.YYYY./.#####",
		"hal": f"Permintaan Perbaikan Data Kinerja ({number})",
		"tanggal": time.strftime("%Y-%m-%d"),
		"tahun": int(time.strftime("%Y")),
		"surat_dari": "Biro Organisasi Setda Provinsi Kalimantan Barat",
		"surat_nomor": f"061/{number}/ORG",
		"isi_disposisi": "Siapkan Nota Dinas permintaan data kinerja ke seluruh bidang.",
	}


class RequestFailedError(Exception):
	pass


class User:
	"""One logged-in user: a cookie jar of their own."""

	def __init__(self, run: "Run", email: str, password: str):
		self.run = run
		self.opener = urllib.request.build_opener(
			urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
		)
		self.send("POST", "/api/method/login", {"usr": email, "pwd": password}, kind="login")

	def send(self, method: str, path: str, body: dict | None = None, kind: str | None = None) -> dict:
		"""One request, once; after an error (counted) the user sends it again, at most AGAIN times."""
		data = urllib.parse.urlencode(body).encode() if body is not None else None
		path, _, query = path.partition("?")
		url = self.run.url + urllib.parse.quote(path, safe="/") + (f"?{query}" if query else "")
		for attempt in range(AGAIN + 1):
			request = urllib.request.Request(
				url,
				data=data,
				method=method,
				headers={"X-Frappe-Site-Name": self.run.site, "Accept": "application/json"},
			)
			started = time.perf_counter()
			try:
				with self.opener.open(request, timeout=300) as response:
					answer = json.loads(response.read() or b"{}")
				break
			except urllib.error.HTTPError as error:
				answer = json.loads(error.read() or b"{}")
				failure = f"HTTP {error.code} {answer.get('exc_type')}"
				self.run.count(f"errors seen: {kind}: {failure}")
				if attempt == AGAIN or answer.get("exc_type") not in AGAIN_AFTER:
					raise RequestFailedError(f"{failure}: {message_of(answer)}") from None
				time.sleep(1)  # the user reads the message and clicks again
		if kind:
			self.run.record(kind, time.perf_counter() - started)
		return answer


# errors after which a person clicks again (a refusal by the rules would only be refused again)
AGAIN_AFTER = {"QueryDeadlockError", "QueryTimeoutError", None}


class Run:
	"""One site's share of the load: the users, the latencies and what each document went through."""

	def __init__(self, url: str, site: str, setup: dict, clients: int):
		self.url, self.site, self.setup = url, site, setup
		self.lock = threading.Lock()
		self.samples = defaultdict(list)
		self.counts = Counter()
		self.documents = {}
		self.elapsed = 0.0
		self.earlier = set()  # documents made before the current run
		self.clients = [
			{role: User(self, email, setup["password"]) for role, email in setup["users"][i].items()}
			for i in range(clients)
		]

	def record(self, kind: str, seconds: float):
		with self.lock:
			self.samples[kind].append(seconds)

	def count(self, what: str):
		with self.lock:
			self.counts[what] += 1

	def act(self, users: dict, name: str, transition: Transition) -> None:
		users[transition.role].send(
			"POST",
			"/api/method/frappe.model.workflow.apply_workflow",
			{"doc": json.dumps({"doctype": kosakata.DOCTYPE, "name": name}), "action": transition.action},
			kind=label(transition),
		)
		self.documents[name]["transitions"] += 1
		self.documents[name]["state"] = transition.next_state

	def save(self, user: User, name: str, values: dict, kind: str):
		user.send(
			"POST",
			"/api/method/frappe.client.set_value",
			{"doctype": kosakata.DOCTYPE, "name": name, "fieldname": json.dumps(values)},
			kind=kind,
		)

	def create(self, users: dict, number: int) -> str:
		values = document_values(number)
		answer = users[kosakata.KEPALA_SATUAN].send(
			"POST", "/api/method/frappe.client.insert", {"doc": json.dumps(values)}, kind="create"
		)
		name = answer["message"]["name"]
		with self.lock:
			self.documents[name] = {"transitions": 0, "state": kosakata.DISPOSISI_KEPALA_SATUAN}
		return name

	def walk(self, users: dict, number: int, until: str = kosakata.DIARSIPKAN) -> str:
		"""One document along the SOP, every step by its role's user, until it waits at `until`."""
		name = self.create(users, number)
		send_back = number % KEMBALIKAN_SETIAP == 0
		state, written = kosakata.DISPOSISI_KEPALA_SATUAN, set()
		while state != until:
			if state == kosakata.PENYAMPAIAN_SEKRETARIS and state not in written:
				nota_dinas = {**NOTA_DINAS, "dari": "Sekretaris", "penandatangan": self.setup["nip"]}
				self.save(users[kosakata.SEKRETARIS], name, nota_dinas, "save Nota Dinas")
			if state == kosakata.PENYUSUNAN_PELAKSANA and state not in written:
				self.save(
					users[kosakata.PELAKSANA],
					name,
					{"koreksi": [koreksi_row(1), koreksi_row(2)]},
					"save koreksi",
				)
			written.add(state)
			transition = FORWARD[state]
			if send_back and state == KEMBALIKAN_DI.state:
				send_back, transition = False, KEMBALIKAN_DI
				note = {"catatan_perbaikan": "Nilai capaian triwulan IV belum sesuai sumber data."}
				self.save(users[transition.role], name, note, "save catatan")
			self.act(users, name, transition)
			state = transition.next_state
		return name

	def load(self, documents: int, first_number: int):
		"""`documents` documents through the whole SOP, shared among the clients as they free up."""
		numbers = iter(range(first_number, first_number + documents))
		take = threading.Lock()

		def client(users):
			while True:
				with take:
					number = next(numbers, None)
				if number is None:
					return
				try:
					self.walk(users, number)
				except RequestFailedError:
					pass  # counted; the document is left where it stopped and shows in the final count

		threads = [threading.Thread(target=client, args=(users,)) for users in self.clients]
		started = time.perf_counter()
		for thread in threads:
			thread.start()
		for thread in threads:
			thread.join()
		self.elapsed += time.perf_counter() - started

	def same_instant(self, pairs: int) -> Counter:
		"""Two Kasubbag users click Paraf on one document at the same instant, `pairs` times over."""
		outcome = Counter()
		first, second = self.clients[0], self.clients[1 % len(self.clients)]
		paraf = PARAF_KASUBBAG
		for number in range(pairs):
			name = self.walk(first, 900_000 + number, until=paraf.state)
			start = threading.Barrier(2)
			results = []

			def click(users, name=name, start=start, results=results):
				start.wait()
				try:
					self.act(users, name, paraf)
					results.append("won")
				except RequestFailedError as refused:
					results.append(str(refused))

			threads = [threading.Thread(target=click, args=(users,)) for users in (first, second)]
			for thread in threads:
				thread.start()
			for thread in threads:
				thread.join()
			outcome["pairs"] += 1
			outcome["exactly one won"] += results.count("won") == 1
			for result in results:
				if result != "won":
					outcome[f"the other was refused: {re.sub(r' [(][^)]*[)]', '', result)}"] += 1
		return outcome


def message_of(answer: dict) -> str:
	"""The message the desk would show: the last of Frappe's `_server_messages`."""
	try:
		return json.loads(json.loads(answer["_server_messages"])[-1])["message"]
	except (KeyError, IndexError, TypeError, ValueError):
		return answer.get("exception", "")


def percentile(values: list[float], p: int) -> float:
	return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def report(app: Run, stock: Run):
	kinds = [k for k in app.samples if k != "login"]
	kinds.sort(key=lambda k: (k not in ACTION_KINDS, k))
	print(f"{'request':<30}{'n':>6}{'app p50':>9}{'p95':>8}{'stock p50':>11}{'p95':>8}{'p95 ratio':>11}")
	ratios = []
	for kind in kinds:
		ours, theirs = app.samples[kind], stock.samples.get(kind, [])
		row = f"{kind:<30}{len(ours):>6}{percentile(ours, 50) * 1000:>7.0f}ms{percentile(ours, 95) * 1000:>6.0f}ms"
		if theirs:
			ratio = percentile(ours, 95) / percentile(theirs, 95)
			if kind in ACTION_KINDS:
				ratios.append((ratio, kind))
			row += f"{percentile(theirs, 50) * 1000:>9.0f}ms{percentile(theirs, 95) * 1000:>6.0f}ms{ratio:>10.2f}x"
		print(row)
	worst = max(ratios)
	every = [t for k, times in app.samples.items() if k in ACTION_KINDS for t in times]
	every_stock = [t for k, times in stock.samples.items() if k in ACTION_KINDS for t in times]
	print(
		f"workflow actions: p95 ratio app/stock over all actions "
		f"{percentile(every, 95) / percentile(every_stock, 95):.2f}x; "
		f"highest of one action {worst[0]:.2f}x ({worst[1].strip()})"
	)
	for run, which in ((app, "app"), (stock, "stock")):
		requests = sum(len(v) for k, v in run.samples.items() if k != "login")
		transitions = sum(len(v) for k, v in run.samples.items() if k in ACTION_KINDS)
		finished = sum(
			1
			for name, d in run.documents.items()
			if d["state"] == kosakata.DIARSIPKAN and name not in run.earlier
		)
		print(
			f"throughput {which}: {finished} documents archived in {run.elapsed:.0f} s = "
			f"{finished / run.elapsed * 60:.1f} documents/min, {transitions / run.elapsed:.1f} workflow "
			f"actions/s, {requests / run.elapsed:.1f} requests/s"
		)
		errors = sum(run.counts.values())
		print(f"  errors seen by the users, {which}: {errors} {dict(run.counts) if errors else ''}")


def turns(documents: int) -> list[int]:
	"""The sizes of one site's turns: TURN documents each, the last one what is left."""
	return [min(TURN, documents - start) for start in range(0, documents, TURN)]


def main():
	parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
	parser.add_argument("--url", required=True)
	parser.add_argument("--site", required=True)
	parser.add_argument("--setup", required=True)
	parser.add_argument("--stock-site", required=True)
	parser.add_argument("--stock-setup", required=True)
	parser.add_argument("--documents", type=int, default=1000)
	parser.add_argument("--clients", type=int, default=20)
	parser.add_argument("--warmup", type=int, default=20)
	parser.add_argument("--pairs", type=int, default=20)
	parser.add_argument("--runs", type=int, default=1)
	parser.add_argument("--out", required=True)
	args = parser.parse_args()

	def setup(path):
		with open(path) as f:
			return json.load(f)

	app = Run(args.url, args.site, setup(args.setup), args.clients)
	stock = Run(args.url, args.stock_site, setup(args.stock_setup), args.clients)
	for run in (app, stock):  # warm the workers' caches, then forget the timings
		run.load(args.warmup, 800_000)
		run.samples.clear()
		run.elapsed = 0.0
	for run_number in range(1, args.runs + 1):
		for run in (app, stock):
			run.samples.clear()
			run.counts.clear()
			run.elapsed = 0.0
			run.earlier = set(run.documents)  # the warm-up's and earlier runs': not this run's throughput
		done = {app: 0, stock: 0}
		for turn, size in enumerate(turns(args.documents)):
			for run in (app, stock) if turn % 2 == 0 else (stock, app):
				first = (run_number - 1) * args.documents + done[run] + 1
				run.load(size, first)
				done[run] += size
			print(f"  {done[app]} of {args.documents} done on each site", flush=True)
		print(
			f"run {run_number} of {args.runs}: clients {args.clients}, documents {args.documents} per site "
			f"(every {KEMBALIKAN_SETIAP}th sent back once), warm-up {args.warmup} per site"
		)
		report(app, stock)
	outcome = app.same_instant(args.pairs)
	print(f"same instant, app: {dict(outcome)}")
	for run in (app, stock):
		with open(f"{args.out}/{run.site}.json", "w") as f:
			json.dump(run.documents, f)


if __name__ == "__main__":
	main()
