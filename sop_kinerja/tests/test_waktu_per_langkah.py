"""The report "Waktu per Langkah", its number cards, chart and workspace, on known step-log rows."""

import json
from datetime import datetime, timedelta
from pathlib import Path
from unittest.mock import patch

import frappe
from frappe.core.doctype.prepared_report.prepared_report import (
	download_attachment,
	generate_report,
	make_prepared_report,
)
from frappe.desk.query_report import run
from frappe.modules.import_file import import_file_by_path
from frappe.utils import fmt_money

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.sop_kinerja.report.waktu_per_langkah import waktu_per_langkah
from sop_kinerja.sop_kinerja.report.waktu_per_langkah.waktu_per_langkah import execute
from sop_kinerja.tests.utils import IntegrationTestCase, RoleUsersTestCase, as_user, langkah_sop

SOP_NAME = "SOP Perbaikan Data Kinerja"
REPORT = "Waktu per Langkah"
UNIT = "Unit Uji Laporan"
OTHER_UNIT = "Unit Uji Lain"
DAY = datetime(2031, 3, 10, 8, 0)


def log_row(step: int, seconds: float, unit: str = UNIT, putaran: int = 1, keluar: datetime = DAY):
	langkah = langkah_sop()[step - 1]
	frappe.get_doc(
		{
			"doctype": "Log Langkah SOP",
			"reference_doctype": kosakata.DOCTYPE,
			"reference_name": f"ND/UJI/{frappe.generate_hash(length=6)}",
			"sop": SOP_NAME,
			"unit_kerja": unit,
			"langkah": step,
			"putaran": putaran,
			"workflow_state": langkah.workflow_state,
			"masuk": keluar - timedelta(seconds=seconds),
			"keluar": keluar,
			"durasi": seconds,
			"waktu_baku": langkah.waktu,
		}
	).db_insert()


def log_the_month() -> list[float]:
	"""Stays ending on DAY and around it; returns step 4's durations in UNIT."""
	for unit in (UNIT, OTHER_UNIT):
		if not frappe.db.exists("Unit Kerja", unit):
			frappe.get_doc({"doctype": "Unit Kerja", "nama_unit": unit}).insert()
	# step 4 (standard 20 minutes): five stays, one of them a second pass, one far too long
	step4 = [60, 120, 180, 240, 1800]
	for i, seconds in enumerate(step4):
		log_row(4, seconds, putaran=2 if i == 1 else 1)
	log_row(5, 600)  # step 5 (standard 20 minutes): within
	log_row(4, 5000, unit=OTHER_UNIT)  # another division
	log_row(4, 5000, keluar=DAY - timedelta(days=40))  # before the period
	return step4


def percentile_cont(values: list[float], fraction: float) -> float:
	values = sorted(values)
	rank = (len(values) - 1) * fraction
	low = int(rank)
	high = min(low + 1, len(values) - 1)
	return values[low] + (values[high] - values[low]) * (rank - low)


class TestWaktuPerLangkah(RoleUsersTestCase):
	def setUp(self):
		self.step4 = log_the_month()

	def report(self, **filters):
		columns, data, _message, chart, summary = execute(
			{
				"sop": SOP_NAME,
				"from_date": "2031-03-01",
				"to_date": "2031-03-31",
				"unit_kerja": UNIT,
				**filters,
			}
		)
		return columns, {row["langkah"]: row for row in data}, chart, summary

	def test_each_step_shows_documents_median_p90_max_and_share_within_standard(self):
		_columns, rows, _chart, _summary = self.report()
		self.assertEqual(sorted(rows), list(range(1, 11)))  # every step of the SOP, used or not
		step4 = rows[4]
		self.assertEqual((step4["stays"], step4["documents"], step4["waktu_baku"]), (5, 4, 20))
		self.assertEqual(step4["median"], round(percentile_cont(self.step4, 0.5) / 60, 1))  # 3.0
		self.assertEqual(step4["p90"], round(percentile_cont(self.step4, 0.9) / 60, 1))  # 19.6
		self.assertEqual(step4["longest"], 30.0)
		self.assertEqual(step4["within"], 80.0)
		self.assertEqual((rows[5]["stays"], rows[5]["median"], rows[5]["within"]), (1, 10.0, 100.0))
		self.assertEqual((rows[1]["stays"], rows[1]["median"]), (0, None))

	def test_division_and_period_filters_choose_the_rows(self):
		_columns, rows, _chart, _summary = self.report(unit_kerja=None)
		self.assertEqual(rows[4]["stays"], 6)  # the other division's stay is in
		self.assertEqual(rows[4]["longest"], round(5000 / 60, 1))
		_columns, rows, _chart, _summary = self.report(from_date="2031-01-01")
		self.assertEqual(rows[4]["stays"], 6)  # the earlier stay is in

	def test_chart_and_summary(self):
		_columns, _rows, chart, summary = self.report()
		median, p90, standard = chart["data"]["datasets"]
		self.assertEqual(chart["data"]["labels"][3], "Step 4")
		self.assertEqual((median["values"][3], p90["values"][3], standard["values"][3]), (3.0, 19.6, 20))
		self.assertEqual(summary[0]["value"], 6)  # five stays at step 4, one at step 5
		self.assertEqual(summary[1]["value"], round(100 * 5 / 6, 1))
		self.assertEqual(summary[-1]["value"], "First Version (Berlaku)")  # the version measured

	def test_percentiles_seek_from_either_end_and_interpolate_as_percentile_cont(self):
		# seven stays with ties: the 90th percentile is read from the top, the median from the bottom
		durations = {6: [60, 60, 120, 300, 300, 300, 900], 7: [420], 8: [30, 90]}
		for step, seconds in durations.items():
			for value in seconds:
				log_row(step, value)
		_columns, rows, _chart, _summary = self.report()
		for step, seconds in durations.items():
			self.assertEqual(rows[step]["median"], round(percentile_cont(seconds, 0.5) / 60, 1))
			self.assertEqual(rows[step]["p90"], round(percentile_cont(seconds, 0.9) / 60, 1))
		self.assertEqual((rows[6]["p90"], rows[7]["p90"], rows[8]["p90"]), (9.0, 7.0, 1.4))

	def test_bad_filters_are_refused(self):
		with self.assertRaises(frappe.ValidationError):
			execute({"sop": SOP_NAME, "from_date": "2031-03-31", "to_date": "2031-03-01"})
		with self.assertRaises(frappe.ValidationError):
			execute({"from_date": "2031-03-01", "to_date": "2031-03-31"})

	def test_the_reviewers_may_run_it_and_the_pelaksana_may_not(self):
		filters = {"sop": SOP_NAME, "from_date": "2031-03-01", "to_date": "2031-03-31", "unit_kerja": UNIT}
		with as_user(kosakata.KASUBBAG):
			result = run("Waktu per Langkah", filters=filters)
			self.assertEqual(len(result["result"]), 10)
		with as_user(kosakata.PELAKSANA):
			with self.assertRaises(frappe.PermissionError):
				run("Waktu per Langkah", filters=filters)


class TestWaktuPerLangkahPreparesItself(RoleUsersTestCase):
	"""A live run slow because the step log is big switches the report to Prepared Report, through a
	background job, and says so above its result; any other run leaves the switch alone."""

	filters = {"sop": SOP_NAME, "from_date": "2031-03-01", "to_date": "2031-03-31", "unit_kerja": UNIT}

	def setUp(self):
		log_the_month()
		frappe.db.set_value("Report", REPORT, "prepared_report", 0)

	def run_live(self, lambat: float, baris: int):
		"""The desk's call as the Kasubbag, with the report as slow as `lambat` allows over a log of
		`baris` lines; returns the result and the jobs it queued."""
		with (
			patch.object(waktu_per_langkah, "LAMBAT", lambat),
			patch.object(waktu_per_langkah, "baris_log", return_value=baris),
			patch("frappe.enqueue") as enqueue,
			as_user(kosakata.KASUBBAG),
		):
			result = run(REPORT, filters=dict(self.filters))
		return result, enqueue.call_args_list

	def test_a_slow_run_over_a_big_log_makes_it_a_prepared_report(self):
		result, jobs = self.run_live(lambat=0, baris=1_250_000)
		self.assertEqual(len(result["result"]), 10)  # this run's result is shown as usual
		self.assertIn(fmt_money(1_250_000, precision=0), result["message"])  # as the site writes numbers
		self.assertEqual(len(jobs), 1)
		job = jobs[0]
		self.assertEqual(job.kwargs["job_id"], "sop_kinerja:siapkan:Waktu per Langkah")
		self.assertTrue(job.kwargs["deduplicate"])
		self.assertEqual(frappe.db.get_value("Report", REPORT, "prepared_report"), 0)  # not in the request
		job.args[0](report=job.kwargs["report"])  # what the worker runs
		self.assertEqual(frappe.db.get_value("Report", REPORT, "prepared_report"), 1)
		with as_user(kosakata.KASUBBAG):
			after = run(REPORT, filters=dict(self.filters))
		self.assertTrue(after["prepared_report"])  # the next reader is offered Generate New Report
		self.assertIsNone(after["doc"])

	def test_a_fast_run_a_small_log_or_the_prepared_job_leave_the_switch_alone(self):
		result, jobs = self.run_live(lambat=60, baris=1_250_000)  # faster than the limit
		self.assertEqual((result["message"], jobs), (None, []))
		result, jobs = self.run_live(lambat=0, baris=waktu_per_langkah.LOG_BESAR - 1)  # a busy moment
		self.assertEqual((result["message"], jobs), (None, []))
		frappe.db.set_value("Report", REPORT, "prepared_report", 1)
		with patch.object(waktu_per_langkah, "LAMBAT", 0), patch("frappe.enqueue") as enqueue:
			self.assertIsNone(waktu_per_langkah.siapkan_bila_lambat(3.0))  # the job making a result
		enqueue.assert_not_called()


class TestPreparedWaktuPerLangkah(RoleUsersTestCase):
	"""The report as Frappe's Prepared Report, when an admin turns it on for a big office: the result
	is made by a background job and read back with the time it was made."""

	filters = {"sop": SOP_NAME, "from_date": "2031-03-01", "to_date": "2031-03-31", "unit_kerja": UNIT}

	def setUp(self):
		log_the_month()
		self.prepared = []
		frappe.db.set_value("Report", REPORT, "prepared_report", 1)

	def tearDown(self):
		# the result is a file on disk, which a rollback would leave behind
		for name in self.prepared:
			frappe.delete_doc(
				"Prepared Report", name, force=True, ignore_permissions=True, delete_permanently=True
			)
		super().tearDown()

	def prepare(self) -> str:
		"""What "Generate New Report" does, with the worker's job run here (no commit, no queue)."""
		prepared_report = "frappe.core.doctype.prepared_report.prepared_report"
		with patch(f"{prepared_report}.enqueue"), patch(f"{prepared_report}.update_job_id"):
			name = make_prepared_report(REPORT, self.filters)["name"]
			self.prepared.append(name)
			generate_report(name)
		return name

	def test_the_report_ships_live_and_migrate_keeps_an_admins_switch(self):
		path = Path(
			frappe.get_module_path("SOP Kinerja"), "report", "waktu_per_langkah", "waktu_per_langkah.json"
		)
		self.assertEqual(json.loads(path.read_text())["prepared_report"], 0)
		import_file_by_path(str(path), force=True)  # what `bench migrate` does with a changed file
		self.assertEqual(frappe.db.get_value("Report", REPORT, "prepared_report"), 1)

	def test_the_prepared_result_is_the_live_report_with_the_time_it_was_made(self):
		with as_user(kosakata.KASUBBAG):
			self.assertIsNone(run(REPORT, filters=dict(self.filters))["doc"])  # nothing made yet
			made = frappe.utils.now_datetime()
			name = self.prepare()
			prepared = run(REPORT, filters=dict(self.filters))
			live = run(REPORT, filters=dict(self.filters), ignore_prepared_report=True)
		self.assertTrue(prepared["prepared_report"])
		self.assertEqual((prepared["doc"].name, prepared["doc"].status), (name, "Completed"))
		self.assertGreaterEqual(prepared["doc"].report_end_time, made.replace(microsecond=0))
		self.assertEqual(len(prepared["result"]), 10)
		for key in ("result", "report_summary", "chart"):
			self.assertEqual(prepared[key], live[key])
		self.assertEqual(prepared["result"][3]["p90"], 19.6)

	def test_a_prepared_result_is_found_for_its_own_filters_and_user(self):
		with as_user(kosakata.KASUBBAG):
			name = self.prepare()
			other_filters = {**self.filters, "unit_kerja": OTHER_UNIT}
			self.assertIsNone(run(REPORT, filters=other_filters)["doc"])
		with as_user(kosakata.SEKRETARIS):
			# Frappe looks up the reader's own results: the Sekretaris makes one for herself, or opens
			# the Kasubbag's by name (a link, or the Prepared Report list given Prepared Report User)
			self.assertIsNone(run(REPORT, filters=dict(self.filters))["doc"])
			shared = run(REPORT, filters={**self.filters, "prepared_report_name": name})
			self.assertEqual(shared["doc"].name, name)

	def test_a_role_without_the_report_cannot_read_a_prepared_result(self):
		with as_user(kosakata.KASUBBAG):
			name = self.prepare()
		result_file = frappe.db.get_value(
			"File", {"attached_to_doctype": "Prepared Report", "attached_to_name": name, "is_private": 1}
		)
		self.assertTrue(result_file)
		with as_user(kosakata.PELAKSANA):
			with self.assertRaises(frappe.PermissionError):
				run(REPORT, filters={**self.filters, "prepared_report_name": name})
			with self.assertRaisesRegex(frappe.ValidationError, "insufficient permissions"):
				download_attachment(name)
			self.assertFalse(frappe.get_doc("File", result_file).has_permission("read"))
			with self.assertRaises(frappe.PermissionError):
				frappe.get_list("Prepared Report", {"name": name})


class TestWorkspace(IntegrationTestCase):
	def test_workspace_shows_open_per_step_overdue_and_charts(self):
		workspace = frappe.get_doc("Workspace", "SOP Kinerja")
		cards = {row.number_card_name for row in workspace.number_cards}
		self.assertIn("Lewat Mutu Baku", cards)
		for langkah in langkah_sop():
			card = frappe.get_doc("Number Card", f"Langkah {langkah.no} - {langkah.workflow_state}")
			self.assertIn(card.name, cards)
			self.assertIn(langkah.workflow_state, card.filters_json)
		self.assertEqual(
			{row.chart_name for row in workspace.charts},
			{"Perbaikan Terbuka per Langkah", "Waktu per Langkah"},
		)

	def test_the_overdue_card_counts_what_the_log_says(self):
		self.assertEqual(mutu_baku.kartu_lewat_mutu_baku()["value"], mutu_baku.terlambat_sekarang())
		with as_user(kosakata.KASUBBAG):  # Frappe lists a card to staff only through its DocType
			self.assertEqual(
				frappe.get_list("Number Card", {"name": "Lewat Mutu Baku"}, pluck="name"), ["Lewat Mutu Baku"]
			)
		with as_user("tamu@sop-kinerja.test"):
			with self.assertRaises(frappe.PermissionError):
				mutu_baku.kartu_lewat_mutu_baku()
