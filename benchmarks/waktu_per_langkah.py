"""Benchmark: the report "Waktu per Langkah" over 100,000 documents and 1,000,000 step-log rows.

Run on a throwaway site only (it writes that volume): `benchmarks/waktu-per-langkah` at the repo
root makes the site, calls `run` and drops the site. Prints the seeding time, the query plans, the
live report's timings and where they go, then the wait for the report as Frappe's Prepared Report
(the desk's call returning a stored result) and the background job that makes it, with the
percentiles compared to MariaDB's own PERCENTILE_CONT. It asserts nothing, a figure is its output.
"""

import random
import statistics
import time
from datetime import datetime, timedelta
from unittest.mock import patch

import frappe
from frappe.core.doctype.prepared_report.prepared_report import generate_report, make_prepared_report
from frappe.desk.query_report import run as run_report
from frappe.utils import add_to_date

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.doctype.log_langkah_sop.log_langkah_sop import REPORT_INDEX
from sop_kinerja.sop_kinerja.report.waktu_per_langkah import waktu_per_langkah
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute

REPORT = waktu_per_langkah.REPORT

UNITS = ("Sekretariat", "Bidang Penegakan Perda", "Bidang Trantibum", "Bidang Linmas", "Bidang SDA")
CHUNK = 20_000


def seed(documents: int, steps_per_document: int):
	sop_name = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
	steps = list(mutu_baku.langkah_by_state(sop_name).values())
	for unit in UNITS:
		if not frappe.db.exists("Unit Kerja", unit):
			frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": unit}).insert()
	rng = random.Random(35_2012)
	start = datetime(2026, 1, 1, 7, 30)
	doc_fields = ["name", "naming_series", "hal", "tanggal", "tahun", "periode", "sifat", "unit_pengolah",
		"workflow_state", "langkah_sop", "docstatus", "creation", "modified", "owner", "modified_by"]  # fmt: skip
	log_fields = ["name", "reference_doctype", "reference_name", "sop", "unit_kerja", "langkah",
		"workflow_state", "aksi", "next_state", "user", "role", "masuk", "keluar", "durasi", "waktu_baku",
		"batas_waktu", "lewat_waktu", "diberitahu", "putaran", "creation", "modified", "owner", "modified_by",
		"docstatus"]  # fmt: skip
	docs, logs, log_id = [], [], 10_000_000
	for i in range(documents):
		name = f"BENCH/{i:06d}"
		unit = UNITS[i % len(UNITS)]
		masuk = start + timedelta(minutes=rng.randrange(0, 330 * 24 * 60))
		docs.append((name, "ND/.YYYY./.#####", "Benchmark", masuk.date(), 2026, "Tahunan", "Biasa", unit,
			kosakata.DIARSIPKAN, 11, 1, masuk, masuk, "Administrator", "Administrator"))  # fmt: skip
		for k in range(steps_per_document):
			step = steps[k % len(steps)]
			# most stays near the standard, a long tail beyond it
			durasi = round(rng.lognormvariate(0, 0.6) * step.waktu * 60 * 0.8)
			keluar = add_to_date(masuk, seconds=durasi)
			log_id += 1
			logs.append((log_id, kosakata.DOCTYPE, name, sop_name, unit, step.no, step.workflow_state, "Benchmark",
				None, "Administrator", step.pelaksana, masuk, keluar, durasi, step.waktu,
				add_to_date(masuk, minutes=step.waktu), int(durasi > step.waktu * 60), 0, 1, masuk, keluar,
				"Administrator", "Administrator", 0))  # fmt: skip
			masuk = keluar
		if len(logs) >= CHUNK:
			frappe.db.bulk_insert(kosakata.DOCTYPE, doc_fields, docs)
			frappe.db.bulk_insert(mutu_baku.LOG, log_fields, logs)
			docs, logs = [], []
	frappe.db.bulk_insert(kosakata.DOCTYPE, doc_fields, docs)
	frappe.db.bulk_insert(mutu_baku.LOG, log_fields, logs)
	frappe.db.commit()
	frappe.db.sql(f"analyze table `tab{mutu_baku.LOG}`")


def median_time(fn, repeat: int) -> tuple[float, object]:
	times, out = [], None
	for _ in range(repeat):
		t0 = time.perf_counter()
		out = fn()
		times.append(time.perf_counter() - t0)
	return statistics.median(times), out


def timed(filters: dict, repeat: int) -> tuple[list[float], list]:
	times, data = [], None
	for _ in range(repeat):
		t0 = time.perf_counter()
		with patch("frappe.enqueue"):  # the switch to Prepared Report is shown once, in `prepared`
			_columns, data, *_rest = execute(filters)
		times.append(time.perf_counter() - t0)
	return times, data


def where_the_time_goes(filters: dict, repeat: int):
	"""The live report's two parts: the counting pass, and the percentile seeks that follow it."""
	filters = frappe._dict(filters)
	waktu_per_langkah.validate_filters(filters)
	t_stats, stats = median_time(lambda: waktu_per_langkah.get_stats(filters), repeat)
	with patch.object(waktu_per_langkah, "percentile", lambda *args: 0.0):
		t_count, _ = median_time(lambda: waktu_per_langkah.get_stats(filters), repeat)
	print(
		f"whole year, where the time goes: counting pass {t_count:.2f} s, "
		f"{2 * len(stats)} percentile seeks {t_stats - t_count:.2f} s (median of {repeat})"
	)
	for label, query in (
		(
			"counting pass",
			f"select langkah, count(*) from `tab{mutu_baku.LOG}` force index ({REPORT_INDEX}) ",
		),
		("a seek", f"select durasi from `tab{mutu_baku.LOG}` force index ({REPORT_INDEX}) "),
	):
		where = "where sop = %s and keluar >= '2026-01-01' and keluar < '2027-01-01'"
		tail = (
			" group by langkah"
			if label == "counting pass"
			else " and langkah = 4 order by durasi desc limit 2"
		)
		plan = frappe.db.sql(f"explain {query}{where}{tail}", filters.sop, as_dict=True)
		print(f"plan ({label}):", [(p.get("key"), p.get("rows"), p.get("Extra")) for p in plan])
	return stats


def percentiles_by_mariadb(sop_name: str) -> dict[int, tuple[float, float]]:
	"""Median and p90 per step by MariaDB's PERCENTILE_CONT, the reference the report's seeks must equal."""
	rows = frappe.db.sql(
		f"""
		select distinct langkah,
			percentile_cont(0.5) within group (order by durasi) over (partition by langkah) as median,
			percentile_cont(0.9) within group (order by durasi) over (partition by langkah) as p90
		from `tab{mutu_baku.LOG}`
		where sop = %s and keluar >= '2026-01-01' and keluar < '2027-01-01'
		""",
		sop_name,
	)
	return {langkah: (float(median), float(p90)) for langkah, median, p90 in rows}


def prepared(filters: dict, repeat: int) -> tuple[dict, dict]:
	"""The report as a Prepared Report: a reader's live run switching it (the switch's job run here),
	"Generate New Report", the worker's job (run here, timed) and the desk's call that returns the
	stored result (timed, as the user's wait)."""
	with patch("frappe.enqueue") as enqueue:
		t0 = time.perf_counter()
		message = run_report(REPORT, filters=dict(filters))["message"]
	print(f"a reader's live run: {time.perf_counter() - t0:.2f} s, and the report says: {message}")
	for job in enqueue.call_args_list:
		job.args[0](report=job.kwargs["report"])  # what the worker runs
	frappe.db.commit()
	switched = frappe.db.get_value("Report", REPORT, "prepared_report")
	print(f"switched itself to Prepared Report after it (the job queued by that run): {bool(switched)}")
	frappe.db.set_value("Report", REPORT, "prepared_report", 1)
	with patch("frappe.core.doctype.prepared_report.prepared_report.enqueue"):
		name = make_prepared_report(REPORT, filters)["name"]
	frappe.db.commit()
	t0 = time.perf_counter()
	generate_report(name)
	frappe.db.commit()
	print(f"prepared report, background job making it (whole year): {time.perf_counter() - t0:.2f} s")
	t_wait, result = median_time(lambda: run_report(REPORT, filters=dict(filters)), repeat)
	print(
		f"prepared report, the user's wait (frappe.desk.query_report.run returning it): "
		f"{t_wait * 1000:.0f} ms (median of {repeat}); generated at {result['doc'].report_end_time}"
	)
	t_live, live = median_time(
		lambda: run_report(REPORT, filters=dict(filters), ignore_prepared_report=True), repeat
	)
	print(f"live report through the same call, for comparison: {t_live:.2f} s (median of {repeat})")
	frappe.db.set_value("Report", REPORT, "prepared_report", 0)
	frappe.db.commit()
	return result, live


def run(documents: int = 100_000, steps_per_document: int = 10, repeat: int = 5):
	frappe.flags.in_test = False
	t0 = time.perf_counter()
	seed(documents, steps_per_document)
	print(f"seeded in {time.perf_counter() - t0:.0f} s")
	print("documents:", frappe.db.count(kosakata.DOCTYPE), " step-log rows:", frappe.db.count(mutu_baku.LOG))
	sop_name = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
	whole_year = {"sop": sop_name, "from_date": "2026-01-01", "to_date": "2026-12-31"}
	cases = {
		"whole year, every row": whole_year,
		"one division, whole year": {**whole_year, "unit_kerja": UNITS[1]},
		"one month": {"sop": sop_name, "from_date": "2026-06-01", "to_date": "2026-06-30"},
	}
	for label, filters in cases.items():
		times, data = timed(filters, repeat)
		passes = sum(row["stays"] for row in data)
		print(
			f"live {label}: rows aggregated {passes:,}; first {times[0]:.2f} s, "
			f"median of {repeat} {statistics.median(times):.2f} s, max {max(times):.2f} s"
		)
	step4 = next(row for row in data if row["langkah"] == 4)
	print("sample (one month, step 4):", {k: step4[k] for k in ("median", "p90", "longest", "within")})
	stats = where_the_time_goes(whole_year, repeat)
	reference = percentiles_by_mariadb(sop_name)
	exact = all(
		abs(stat.median - reference[stat.langkah][0]) < 1e-6
		and abs(stat.p90 - reference[stat.langkah][1]) < 1e-6
		for stat in stats.values()
	)
	print(f"whole year, median and p90 of every step equal to MariaDB's PERCENTILE_CONT: {exact}")
	result, live = prepared(whole_year, repeat)
	same = all(result[key] == live[key] for key in ("result", "report_summary", "chart"))
	print(f"prepared result the same as the live report (rows, summary, chart): {same}")
