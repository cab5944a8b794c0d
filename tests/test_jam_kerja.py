"""Working minutes by the office calendar (sop_kinerja/jam_kerja.py), without a bench: the default
hours of Perpres 21/2023 and the cases the civil servant counts by hand."""

from datetime import date, datetime, timedelta

import pytest

from sop_kinerja.mesin.jam_kerja import BAWAAN, Kalender, KalenderTanpaJamKerjaError, detik

JUMAT = datetime(2026, 11, 27)  # a Friday
SENIN = datetime(2026, 11, 30)


def at(day: datetime, hhmm: str) -> datetime:
	hours, minutes = map(int, hhmm.split(":"))
	return day.replace(hour=hours, minute=minutes)


def test_the_default_week_is_37_and_a_half_hours():
	week = BAWAAN.detik_kerja(SENIN, SENIN + timedelta(days=7))
	assert week == 37.5 * 3600
	assert BAWAAN.menit_per_hari() == 450


def test_a_step_entered_late_on_friday_is_due_on_monday_morning():
	# the example: 20 minutes from 16.20 on Friday, done at 08.00 on Monday
	masuk = at(JUMAT, "16:20")
	assert BAWAAN.tambah_menit(masuk, 20) == at(SENIN, "07:40")
	assert BAWAAN.detik_kerja(masuk, at(SENIN, "08:00")) == 40 * 60


def test_the_weekend_does_not_count():
	assert BAWAAN.detik_kerja(at(JUMAT, "16:30"), at(SENIN, "07:30")) == 0


def test_the_rest_break_does_not_count():
	kamis = JUMAT - timedelta(days=1)
	assert BAWAAN.detik_kerja(at(kamis, "11:50"), at(kamis, "13:10")) == 20 * 60
	assert BAWAAN.tambah_menit(at(kamis, "11:50"), 20) == at(kamis, "13:10")
	# Friday's break is longer (11.30 to 13.00)
	assert BAWAAN.tambah_menit(at(JUMAT, "11:20"), 20) == at(JUMAT, "13:10")


def test_a_step_entered_outside_office_hours_starts_counting_at_the_next_opening():
	assert BAWAAN.tambah_menit(at(SENIN, "05:00"), 20) == at(SENIN, "07:50")
	assert BAWAAN.tambah_menit(at(SENIN, "19:00"), 20) == at(SENIN + timedelta(days=1), "07:50")
	assert BAWAAN.detik_kerja(at(SENIN, "19:00"), at(SENIN, "23:00")) == 0


def test_a_holiday_does_not_count():
	natal = Kalender(BAWAAN.periode, frozenset({date(2026, 12, 25)}))  # a Friday
	kamis = datetime(2026, 12, 24)
	assert natal.tambah_menit(at(kamis, "15:50"), 20) == at(datetime(2026, 12, 28), "07:40")
	assert natal.detik_kerja(at(kamis, "15:50"), at(datetime(2026, 12, 28), "07:40")) == 20 * 60


def test_a_deadline_and_the_time_spent_agree_from_any_moment():
	moment = at(SENIN, "00:07")
	for _ in range(400):
		for menit in (5, 20, 450, 2000):
			assert BAWAAN.detik_kerja(moment, BAWAAN.tambah_menit(moment, menit)) == pytest.approx(menit * 60)
		moment += timedelta(minutes=53)


def test_around_the_clock_counts_every_minute():
	siaga = Kalender(sepanjang_waktu=True)
	assert siaga.tambah_menit(at(JUMAT, "23:50"), 20) == at(JUMAT + timedelta(days=1), "00:10")
	assert siaga.detik_kerja(JUMAT, SENIN) == 3 * 24 * 3600
	assert siaga.menit_per_hari() == 1440


def test_hours_read_as_frappe_gives_them():
	assert detik(timedelta(hours=7, minutes=30)) == detik("07:30:00") == detik("7:30") == 27000
	rows = [("Sabtu", timedelta(hours=8), timedelta(hours=12), None, None)]
	sabtu = Kalender.dari_jam_kerja(rows)
	assert sabtu.detik_kerja(datetime(2026, 11, 28), datetime(2026, 11, 29)) == 4 * 3600


def test_a_calendar_without_working_time_is_refused_a_deadline():
	with pytest.raises(KalenderTanpaJamKerjaError):
		Kalender().tambah_menit(SENIN, 5)
