"""Benchmark: the report "Waktu per Langkah" over 100,000 documents and 1,000,000 step-log rows.

Run on a throwaway site only (it writes that volume): `benchmarks/waktu-per-langkah` at the repo
root makes the site, calls `run` and drops the site. Prints the seeding time, the query plan and
the report's timings; it asserts nothing, a figure is its output.
"""

import random
import statistics
import time
from datetime import datetime, timedelta

import frappe
from frappe.utils import add_to_date

from sop_kinerja import mutu_baku, sop
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute

UNITS = ("Sekretariat", "Bidang Penegakan Perda", "Bidang Trantibum", "Bidang Linmas", "Bidang SDA")
CHUNK = 20_000


def seed(documents: int, steps_per_document: int):
	sop_name = mutu_baku.sop_for_doctype(sop.DOCTYPE)
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
			sop.DIARSIPKAN, 11, 1, masuk, masuk, "Administrator", "Administrator"))  # fmt: skip
		for k in range(steps_per_document):
			step = steps[k % len(steps)]
			# most stays near the standard, a long tail beyond it
			durasi = round(rng.lognormvariate(0, 0.6) * step.waktu * 60 * 0.8)
			keluar = add_to_date(masuk, seconds=durasi)
			log_id += 1
			logs.append((log_id, sop.DOCTYPE, name, sop_name, unit, step.no, step.workflow_state, "Benchmark",
				None, "Administrator", step.pelaksana, masuk, keluar, durasi, step.waktu,
				add_to_date(masuk, minutes=step.waktu), int(durasi > step.waktu * 60), 0, 1, masuk, keluar,
				"Administrator", "Administrator", 0))  # fmt: skip
			masuk = keluar
		if len(logs) >= CHUNK:
			frappe.db.bulk_insert(sop.DOCTYPE, doc_fields, docs)
			frappe.db.bulk_insert(mutu_baku.LOG, log_fields, logs)
			docs, logs = [], []
	frappe.db.bulk_insert(sop.DOCTYPE, doc_fields, docs)
	frappe.db.bulk_insert(mutu_baku.LOG, log_fields, logs)
	frappe.db.commit()
	frappe.db.sql(f"analyze table `tab{mutu_baku.LOG}`")


def timed(filters: dict, repeat: int) -> tuple[list[float], list]:
	times, data = [], None
	for _ in range(repeat):
		t0 = time.perf_counter()
		_columns, data, *_rest = execute(filters)
		times.append(time.perf_counter() - t0)
	return times, data


def run(documents: int = 100_000, steps_per_document: int = 10, repeat: int = 5):
	frappe.flags.in_test = False
	t0 = time.perf_counter()
	seed(documents, steps_per_document)
	print(f"seeded in {time.perf_counter() - t0:.0f} s")
	print("documents:", frappe.db.count(sop.DOCTYPE), " step-log rows:", frappe.db.count(mutu_baku.LOG))
	sop_name = mutu_baku.sop_for_doctype(sop.DOCTYPE)
	cases = {
		"whole year, every row": {"sop": sop_name, "from_date": "2026-01-01", "to_date": "2026-12-31"},
		"one division, whole year": {
			"sop": sop_name,
			"from_date": "2026-01-01",
			"to_date": "2026-12-31",
			"unit_kerja": UNITS[1],
		},
		"one month": {"sop": sop_name, "from_date": "2026-06-01", "to_date": "2026-06-30"},
	}
	for label, filters in cases.items():
		times, data = timed(filters, repeat)
		passes = sum(row["stays"] for row in data)
		print(
			f"{label}: rows aggregated {passes:,}; first {times[0]:.2f} s, "
			f"median of {repeat} {statistics.median(times):.2f} s, max {max(times):.2f} s"
		)
	step4 = next(row for row in data if row["langkah"] == 4)
	print("sample (one month, step 4):", {k: step4[k] for k in ("median", "p90", "longest", "within")})
	plan = frappe.db.sql(
		f"explain select langkah, count(*) from `tab{mutu_baku.LOG}` force index (waktu_per_langkah_index) "
		"where sop = %s and keluar >= '2026-01-01' and keluar < '2027-01-01' group by langkah",
		sop_name,
		as_dict=True,
	)
	print("plan (whole year):", [(p.get("key"), p.get("Extra")) for p in plan])
