"""Mutu baku in working time on a real site: the step log's deadline and time spent, the overdue job,
the form's banner and the report count the office's working minutes (Kalender Kerja), across a
weekend, a holiday, the rest break, a step entered outside office hours and a calendar changed while a
document waits. The clock is frozen at the moments of the issue's example (site time)."""

from datetime import datetime, timedelta
from unittest.mock import patch

import frappe

from sop_kinerja.mesin import jam_kerja, mutu_baku
from sop_kinerja.naskah import kosakata
from sop_kinerja.patches import log_dalam_waktu_kerja
from sop_kinerja.sop_kinerja.doctype.kalender_kerja.kalender_kerja import KalenderKerjaTidakSahError
from sop_kinerja.sop_kinerja.report.waktu_per_langkah import waktu_per_langkah
from sop_kinerja.tests.utils import (
	USERS,
	RoleUsersTestCase,
	act,
	kalender_kerja,
	log_of,
	log_terbuka_dari,
	new_perbaikan,
	pada,
	walk_to,
)

TELAAH = "Telaah Kasubbag"  # step 5, 20 minutes, the Kasubbag's
JUMAT = datetime(2026, 11, 27)
SENIN = datetime(2026, 11, 30)
SELASA = datetime(2026, 12, 1)


def at(day: datetime, hhmm: str) -> datetime:
	hours, minutes = map(int, hhmm.split(":"))
	return day.replace(hour=hours, minute=minutes)


class TestJamKerja(RoleUsersTestCase):
	def setUp(self):
		jam_kerja.clear_cache()

	def tearDown(self):
		super().tearDown()
		jam_kerja.clear_cache()

	def at_telaah(self, moment: datetime) -> tuple[str, dict]:
		"""A document that reaches step 5 (20 minutes) at `moment`, and its open log line."""
		with pada(moment):
			name = new_perbaikan()
			walk_to(name, TELAAH)
		(row,) = log_terbuka_dari(name)
		return name, row

	def notified(self, name) -> list[str]:
		return frappe.get_all(
			"Notification Log", {"document_name": name, "document_type": kosakata.DOCTYPE}, pluck="for_user"
		)

	def leave(self, name: str, moment: datetime) -> dict:
		with pada(moment):
			act(name, kosakata.PARAF, kosakata.KASUBBAG)
		return next(row for row in log_of(name) if row.langkah == 5)

	def test_the_default_calendar_is_the_civil_service_week(self):
		kalender = frappe.get_single(jam_kerja.KALENDER)
		self.assertEqual(
			[
				(row.hari, *(jam_kerja.detik(row.get(f)) for f in kalender_kerja.ROW[1:] if row.get(f)))
				for row in kalender.jam_kerja
			],
			[(hari, *map(jam_kerja.detik, hours)) for hari, *hours in jam_kerja.JAM_KERJA_BAWAAN],
		)
		self.assertEqual(kalender.menit_kerja_per_hari, 450)  # 37.5 hours in 5 days
		self.assertEqual(jam_kerja.kalender().detik_kerja(SENIN, SENIN + timedelta(days=7)), 37.5 * 3600)

	def test_a_step_entered_late_on_friday_is_due_on_monday_and_counts_its_working_minutes(self):
		name, row = self.at_telaah(at(JUMAT, "16:20"))
		self.assertEqual(row.batas_waktu, at(SENIN, "07:40"))

		# Friday evening and the weekend: not overdue, no notice, the banner is not red
		for moment in (at(JUMAT, "16:45"), at(JUMAT, "23:00"), datetime(2026, 11, 29, 12)):
			with pada(moment):
				mutu_baku.tandai_lewat_waktu()
				form = frappe.get_doc(kosakata.DOCTYPE, name)
				form.run_method("onload")
			self.assertEqual(self.notified(name), [])
			self.assertIsNone(form.get_onload().get("lewat_mutu_baku_sejak"))
			self.assertEqual(form.get_onload().waktu_berjalan, 10 * 60)  # 16.20 to 16.30 on Friday
			self.assertEqual(form.get_onload().batas_waktu, at(SENIN, "07:40"))

		# Monday 07.45: overdue by working time, and the Kasubbag is told
		with pada(at(SENIN, "07:45")):
			mutu_baku.tandai_lewat_waktu()
		self.assertEqual(self.notified(name), [USERS[kosakata.KASUBBAG]])

		closed = self.leave(name, at(SENIN, "08:00"))
		self.assertEqual(closed.durasi, 40 * 60)
		self.assertEqual(closed.durasi_jam, (at(SENIN, "08:00") - at(JUMAT, "16:20")).total_seconds())
		self.assertTrue(closed.lewat_waktu)

		# the report: working minutes, clock time beside them
		columns, data, *_ = waktu_per_langkah.execute(
			{
				"sop": mutu_baku.sop_for_doctype(kosakata.DOCTYPE),
				"from_date": "2026-11-30",
				"to_date": "2026-11-30",
			}
		)
		step5 = next(row for row in data if row["langkah"] == 5)
		self.assertEqual((step5["median"], step5["longest"]), (40.0, 40.0))
		self.assertEqual(step5["mean_clock"], round(closed.durasi_jam / 60, 1))
		self.assertIn("mean_clock", [column["fieldname"] for column in columns])

	def test_the_rest_break_does_not_count(self):
		kamis = at(JUMAT - timedelta(days=1), "11:50")
		name, row = self.at_telaah(kamis)
		self.assertEqual(row.batas_waktu, kamis.replace(hour=13, minute=10))
		closed = self.leave(name, kamis.replace(hour=13, minute=5))
		self.assertEqual(closed.durasi, 15 * 60)
		self.assertFalse(closed.lewat_waktu)
		self.assertEqual(closed.durasi_jam, 75 * 60)

	def test_a_step_entered_outside_office_hours_starts_at_the_next_opening(self):
		name, row = self.at_telaah(at(SENIN, "05:10"))
		self.assertEqual(row.batas_waktu, at(SENIN, "07:50"))
		with pada(at(SENIN, "07:45")):
			mutu_baku.tandai_lewat_waktu()
		self.assertEqual(self.notified(name), [])
		closed = self.leave(name, at(SENIN, "07:45"))
		self.assertEqual(closed.durasi, 15 * 60)

	def test_a_holiday_does_not_count(self):
		holiday = frappe.get_doc(
			{
				"doctype": jam_kerja.HARI_LIBUR,
				"tanggal": SENIN.date(),
				"keterangan": "Cuti bersama",
				"jenis": "Cuti Bersama",
			}
		).insert()
		name, row = self.at_telaah(at(JUMAT, "16:20"))
		self.assertEqual(row.batas_waktu, at(SELASA, "07:40"))
		closed = self.leave(name, at(SELASA, "08:00"))
		self.assertEqual(closed.durasi, 40 * 60)
		holiday.delete()

	def test_a_calendar_changed_while_a_document_waits_moves_its_deadline(self):
		name, row = self.at_telaah(at(JUMAT, "16:20"))
		self.assertEqual(row.batas_waktu, at(SENIN, "07:40"))
		# told on Monday at 07.45 ...
		with pada(at(SENIN, "07:45")):
			mutu_baku.tandai_lewat_waktu()
		self.assertEqual(len(self.notified(name)), 1)
		# ... then Monday is declared cuti bersama: the deadline moves to Tuesday, the flag is lifted
		with pada(at(SENIN, "07:50")):
			frappe.get_doc(
				{"doctype": jam_kerja.HARI_LIBUR, "tanggal": SENIN.date(), "keterangan": "Cuti bersama"}
			).insert()
		(row,) = log_terbuka_dari(name)
		self.assertEqual(row.batas_waktu, at(SELASA, "07:40"))
		self.assertEqual(
			frappe.db.get_value("Log Langkah SOP", row.name, ["lewat_waktu", "diberitahu"]), (0, 0)
		)
		# and new office hours: Tuesday opens at 08.00
		rows = [
			r if r[0] != "Selasa" else ("Selasa", "08:00", "16:00", "12:00", "13:00")
			for r in jam_kerja.JAM_KERJA_BAWAAN
		]
		with kalender_kerja(jam_kerja=rows):
			(row,) = log_terbuka_dari(name)
			self.assertEqual(row.batas_waktu, at(SELASA, "08:10"))
			# the time spent counts by the calendar as it stands when the step is left
			closed = self.leave(name, at(SELASA, "08:30"))
			self.assertEqual(closed.durasi, 40 * 60)
		# a closed line keeps its figures when the calendar changes again
		self.assertEqual(frappe.db.get_value("Log Langkah SOP", row.name, "durasi"), 40 * 60)

	def test_around_the_clock_counts_every_minute(self):
		with kalender_kerja(sepanjang_waktu=1):
			name, row = self.at_telaah(at(JUMAT, "16:20"))
			self.assertEqual(row.batas_waktu, at(JUMAT, "16:40"))
			closed = self.leave(name, at(JUMAT, "17:00"))
			self.assertEqual((closed.durasi, closed.durasi_jam), (40 * 60, 40 * 60))
			self.assertEqual(frappe.get_single(jam_kerja.KALENDER).menit_kerja_per_hari, 1440)

	def test_holidays_are_imported_from_csv_with_frappes_data_import(self):
		csv = (
			"Tanggal,Keterangan,Jenis\n"
			"2026-12-24,Cuti Bersama Natal,Cuti Bersama\n"
			"2026-12-25,Hari Raya Natal,Libur Nasional\n"
		)
		berkas = frappe.get_doc(
			{"doctype": "File", "file_name": "hari-libur-2026.csv", "content": csv, "is_private": 1}
		).insert()
		data_import = frappe.get_doc(
			{
				"doctype": "Data Import",
				"reference_doctype": jam_kerja.HARI_LIBUR,
				"import_type": "Insert New Records",
				"import_file": berkas.file_url,
			}
		).insert()
		try:
			data_import.start_import()  # the desk's Start Import; in tests the job runs at once
			self.assertEqual(frappe.db.get_value("Data Import", data_import.name, "status"), "Success")
			self.assertEqual(
				frappe.db.get_value(jam_kerja.HARI_LIBUR, "2026-12-25", ["keterangan", "jenis"]),
				("Hari Raya Natal", "Libur Nasional"),
			)
			# Wednesday 23 December 15.50: ten minutes that day, Thursday and Friday off, due Monday at 07.40
			self.assertEqual(
				jam_kerja.batas_waktu(datetime(2026, 12, 23, 15, 50), 20), datetime(2026, 12, 28, 7, 40)
			)
		finally:
			# the importer commits each row
			for tanggal in ("2026-12-24", "2026-12-25"):
				frappe.delete_doc_if_exists(jam_kerja.HARI_LIBUR, tanggal)
			frappe.delete_doc("Data Import", data_import.name, force=True)
			frappe.delete_doc("File", berkas.name, force=True)
			frappe.db.commit()

	def test_an_erpnext_holiday_list_may_be_chosen_instead(self):
		if "erpnext" not in frappe.get_installed_apps():
			with self.assertRaises(KalenderKerjaTidakSahError):
				with kalender_kerja(sumber_hari_libur="Holiday List ERPNext"):
					pass
			return
		holidays = frappe.get_doc(
			{
				"doctype": "Holiday List",
				"holiday_list_name": "Libur Uji SOP Kinerja",
				"from_date": "2026-01-01",
				"to_date": "2026-12-31",
				"holidays": [{"holiday_date": "2026-11-30", "description": "Cuti bersama"}],
			}
		).insert()
		with kalender_kerja(sumber_hari_libur="Holiday List ERPNext", holiday_list=holidays.name):
			self.assertEqual(jam_kerja.batas_waktu(at(JUMAT, "16:20"), 20), at(SELASA, "07:40"))
			name, row = self.at_telaah(at(JUMAT, "16:20"))
			# a holiday added to the list moves the deadline of the step under way
			holidays.append("holidays", {"holiday_date": "2026-12-01", "description": "Libur daerah"})
			holidays.save()
			(row,) = log_terbuka_dari(name)
			self.assertEqual(row.batas_waktu, datetime(2026, 12, 2, 7, 40))

	def test_a_calendar_that_does_not_make_sense_is_refused_and_changes_nothing(self):
		before = frappe.get_single(jam_kerja.KALENDER).as_dict()["jam_kerja"]
		senin = ("Senin", "07:30", "16:00", "12:00", "13:00")
		bad = {
			"a day twice": [senin, senin],
			"closing before opening": [("Senin", "16:00", "07:30", None, None)],
			"half a break": [("Senin", "07:30", "16:00", "12:00", None)],
			"a break outside the hours": [("Senin", "07:30", "16:00", "17:00", "18:00")],
			"no hours at all": [],
		}
		frappe.local.lang = "id"
		frappe.local.lang_full_dict = None
		# Frappe fills an empty Time field of a new row with the time now: at 14:00 half a break
		# would become a valid one ending then, so the test saves at that time whenever it runs
		try:
			for case, rows in bad.items():
				with (
					self.subTest(case),
					patch("frappe.model.create_new.nowtime", return_value="14:00:00"),
					self.assertRaises(KalenderKerjaTidakSahError) as ctx,
				):
					doc = frappe.get_single(jam_kerja.KALENDER)
					doc.set("jam_kerja", [dict(zip(kalender_kerja.ROW, row, strict=True)) for row in rows])
					doc.save()
			self.assertIn("Isi jam kerja", str(ctx.exception))  # the last case, in Indonesian
		finally:
			frappe.local.lang = "en"
			frappe.local.lang_full_dict = None
		after = frappe.get_single(jam_kerja.KALENDER).as_dict()["jam_kerja"]
		self.assertEqual([r["hari"] for r in after], [r["hari"] for r in before])
		self.assertEqual(jam_kerja.menit_per_hari(), 450)

	def test_the_upgrade_counts_existing_log_lines_again_in_working_time(self):
		with kalender_kerja(sepanjang_waktu=1), pada(at(JUMAT, "16:20")):
			closed_name = new_perbaikan()
			walk_to(closed_name, TELAAH)
			waiting = new_perbaikan()
		with kalender_kerja(sepanjang_waktu=1), pada(at(SENIN, "08:00")):
			act(closed_name, kosakata.PARAF, kosakata.KASUBBAG)
		closed = next(row for row in log_of(closed_name) if row.langkah == 5)
		(open_row,) = log_terbuka_dari(waiting)
		# as the version before kept them: clock time, no clock column
		clock = (at(SENIN, "08:00") - at(JUMAT, "16:20")).total_seconds()
		self.assertEqual(closed.durasi, clock)
		frappe.db.sql(
			"update `tabLog Langkah SOP` set durasi_jam = null where reference_name in %s",
			[[closed_name, waiting]],
		)

		log_dalam_waktu_kerja.execute()

		row = frappe.db.get_value(
			"Log Langkah SOP",
			{"reference_name": closed_name, "langkah": 5},
			["durasi", "durasi_jam", "lewat_waktu", "batas_waktu"],
			as_dict=True,
		)
		self.assertEqual((row.durasi, row.durasi_jam, row.lewat_waktu), (40 * 60, clock, 1))
		self.assertEqual(row.batas_waktu, at(SENIN, "07:40"))
		# the waiting document's step 1 (5 minutes, entered Friday 16.20) is due at 16.25
		self.assertEqual(
			frappe.db.get_value("Log Langkah SOP", open_row.name, "batas_waktu"), at(JUMAT, "16:25")
		)
