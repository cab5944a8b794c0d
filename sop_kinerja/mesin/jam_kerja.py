"""Working time by the office calendar: the minutes a civil servant counts.

A step's mutu baku is in working minutes. A 20-minute step that arrives at 16.20 on a Friday is
due at 07.40 on Monday, and done at 08.00 it took 40 minutes, not 64 hours. The calendar
(Single DocType "Kalender Kerja") holds the office hours of each weekday with their rest break,
and where holidays come from: the app's own list ("Hari Libur", kept by hand or imported from CSV)
or, when ERPNext is installed, one of its Holiday Lists. A unit working round the clock counts
every minute ("Hitung Sepanjang Waktu").

A unit (Unit Kerja) working other hours than the office, such as Satpol PP's patrols in shifts, may
keep its own weekly hours; the holidays stay the site's. `Kalender` is plain Python (tested without a
bench); `kalender(unit)` reads the site's or the unit's, cached until the calendar, a holiday or the
unit changes.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

try:
	import frappe
	from frappe.utils import get_datetime
except ImportError:  # the Frappe-free tests use `Kalender` alone
	frappe = None

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # in date.weekday() order

# Perpres 21/2023: 37,5 jam kerja seminggu, five days (hari, masuk, pulang, istirahat mulai, selesai)
JAM_KERJA_BAWAAN = (
	("Senin", "07:30", "16:00", "12:00", "13:00"),
	("Selasa", "07:30", "16:00", "12:00", "13:00"),
	("Rabu", "07:30", "16:00", "12:00", "13:00"),
	("Kamis", "07:30", "16:00", "12:00", "13:00"),
	("Jumat", "07:30", "16:30", "11:30", "13:00"),
)

# how far ahead a deadline is looked for before the calendar is taken to have no working time left
BATAS_HARI = 3 * 366

KALENDER = "Kalender Kerja"
UNIT_KERJA = "Unit Kerja"  # a unit may keep its own hours (a patrol in shifts)
HARI_LIBUR = "Hari Libur"
_CACHE_KEY = "sop_kinerja:kalender_kerja"


class KalenderTanpaJamKerjaError(Exception):
	"""No working time in the years ahead: every day is a holiday or has no hours."""


def detik(value) -> int:
	"""Seconds since midnight of a Time value as Frappe gives it (timedelta, time or "HH:MM[:SS]")."""
	if isinstance(value, timedelta):
		return int(value.total_seconds())
	if isinstance(value, time):
		return value.hour * 3600 + value.minute * 60 + value.second
	parts = [int(float(part)) for part in str(value).split(":")]
	return parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)


@dataclass
class Kalender:
	"""Working periods per weekday (seconds since midnight, rest breaks cut out) and holidays."""

	periode: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
	libur: frozenset[date] = frozenset()
	sepanjang_waktu: bool = False

	@classmethod
	def dari_jam_kerja(cls, rows, libur=(), sepanjang_waktu=False) -> "Kalender":
		"""From rows of (hari, masuk, pulang, istirahat mulai, istirahat selesai)."""
		periode: dict[int, list[tuple[int, int]]] = {}
		for hari, masuk, pulang, rehat_mulai, rehat_selesai in rows:
			start, end = detik(masuk), detik(pulang)
			if rehat_mulai and rehat_selesai:
				pieces = [(start, detik(rehat_mulai)), (detik(rehat_selesai), end)]
			else:
				pieces = [(start, end)]
			periode.setdefault(HARI.index(hari), []).extend((a, b) for a, b in pieces if b > a)
		for pieces in periode.values():
			pieces.sort()
		return cls(periode, frozenset(libur), sepanjang_waktu)

	def periode_hari(self, day: date) -> list[tuple[datetime, datetime]]:
		"""The working periods of one day, as moments."""
		if day in self.libur:
			return []
		midnight = datetime.combine(day, time())
		return [
			(midnight + timedelta(seconds=a), midnight + timedelta(seconds=b))
			for a, b in self.periode.get(day.weekday(), ())
		]

	def detik_kerja(self, mulai: datetime, selesai: datetime) -> float:
		"""Working seconds from `mulai` to `selesai` (0 when `selesai` is not later)."""
		if selesai <= mulai:
			return 0.0
		if self.sepanjang_waktu:
			return (selesai - mulai).total_seconds()
		total = 0.0
		day = mulai.date()
		while day <= selesai.date():
			for start, end in self.periode_hari(day):
				overlap = (min(end, selesai) - max(start, mulai)).total_seconds()
				total += max(overlap, 0.0)
			day += timedelta(days=1)
		return total

	def tambah_menit(self, mulai: datetime, menit: float) -> datetime:
		"""The moment `menit` working minutes after `mulai`: a step's deadline. Time outside office
		hours does not count, so a step entered in the evening starts counting at the next opening."""
		if self.sepanjang_waktu:
			return mulai + timedelta(minutes=menit)
		sisa = menit * 60
		day = mulai.date()
		for _ in range(BATAS_HARI):
			for start, end in self.periode_hari(day):
				start = max(start, mulai)
				ada = (end - start).total_seconds()
				if ada <= 0:
					continue
				if sisa <= ada:
					return start + timedelta(seconds=sisa)
				sisa -= ada
			day += timedelta(days=1)
		raise KalenderTanpaJamKerjaError(mulai)

	def kurang_menit(self, selesai: datetime, menit: float) -> datetime:
		"""The moment `menit` working minutes before `selesai` (the demo dates its story back with it)."""
		if self.sepanjang_waktu:
			return selesai - timedelta(minutes=menit)
		sisa = menit * 60
		day = selesai.date()
		for _ in range(BATAS_HARI):
			for start, end in reversed(self.periode_hari(day)):
				end = min(end, selesai)
				ada = (end - start).total_seconds()
				if ada <= 0:
					continue
				if sisa <= ada:
					return end - timedelta(seconds=sisa)
				sisa -= ada
			day -= timedelta(days=1)
		raise KalenderTanpaJamKerjaError(selesai)

	def hari_kerja(self, day: date) -> date:
		"""The working day on or before `day`."""
		for _ in range(BATAS_HARI):
			if self.sepanjang_waktu or self.periode_hari(day):
				return day
			day -= timedelta(days=1)
		raise KalenderTanpaJamKerjaError(day)

	def menit_per_hari(self) -> int:
		"""Working minutes in an average working day: what "1 Hari" on an SOP sheet means."""
		if self.sepanjang_waktu:
			return 24 * 60
		per_day = [sum(b - a for a, b in pieces) for pieces in self.periode.values() if pieces]
		return round(sum(per_day) / len(per_day) / 60) if per_day else 0


BAWAAN = Kalender.dari_jam_kerja(JAM_KERJA_BAWAAN)


# --- the site's calendar ------------------------------------------------------------------------


def kalender(unit: str | None = None) -> Kalender:
	"""The site's calendar, or a unit's where it keeps its own hours (with the site's holidays);
	cached (every move reads it)."""
	data = frappe.cache.hget(_CACHE_KEY, unit or "")
	if data is None:
		data = _baca_kalender(unit)
		frappe.cache.hset(_CACHE_KEY, unit or "", data)
	return Kalender.dari_jam_kerja(
		data["jam_kerja"], (date.fromisoformat(d) for d in data["libur"]), data["sepanjang_waktu"]
	)


def _baca_kalender(unit: str | None = None) -> dict:
	settings = frappe.get_single(KALENDER) if frappe.db.exists("DocType", KALENDER) else None
	own = frappe.get_doc(UNIT_KERJA, unit) if unit and frappe.db.exists(UNIT_KERJA, unit) else None
	if own and (own.sepanjang_waktu or own.jam_kerja):  # a unit in shifts: its hours, the site's holidays
		return {
			"jam_kerja": _jam(own.jam_kerja),
			"libur": _libur(settings),
			"sepanjang_waktu": bool(own.sepanjang_waktu),
		}
	if not settings or (not settings.sepanjang_waktu and not settings.jam_kerja):
		return {"jam_kerja": list(JAM_KERJA_BAWAAN), "libur": _libur(None), "sepanjang_waktu": False}
	return {
		"jam_kerja": _jam(settings.jam_kerja),
		"libur": _libur(settings),
		"sepanjang_waktu": bool(settings.sepanjang_waktu),
	}


def _jam(jam_kerja) -> list[tuple]:
	return [
		(
			row.hari,
			str(row.jam_mulai),
			str(row.jam_selesai),
			_str(row.istirahat_mulai),
			_str(row.istirahat_selesai),
		)
		for row in jam_kerja
	]


def _str(value) -> str | None:
	return str(value) if value else None


def _libur(settings) -> list[str]:
	"""Holiday dates as ISO strings: from ERPNext's Holiday List when the calendar names one, else the
	app's own list."""
	if settings and settings.sumber_hari_libur == "Holiday List ERPNext" and settings.holiday_list:
		dates = frappe.get_all(
			"Holiday",
			filters={"parent": settings.holiday_list, "parenttype": "Holiday List"},
			pluck="holiday_date",
		)
	else:
		dates = frappe.get_all(HARI_LIBUR, pluck="tanggal")
	return sorted(str(d) for d in dates)


def clear_cache(*args, **kwargs):
	"""After the calendar or a holiday changes. Cleared again when the change commits or is rolled
	back, so the cache never keeps a calendar read inside a transaction that did not last."""
	frappe.cache.delete_value(_CACHE_KEY)
	frappe.db.after_commit.add(_clear)
	frappe.db.after_rollback.add(_clear)


def _clear():
	frappe.cache.delete_value(_CACHE_KEY)


def detik_kerja(mulai, selesai, unit: str | None = None) -> float:
	return kalender(unit).detik_kerja(get_datetime(mulai), get_datetime(selesai))


def batas_waktu(masuk, menit: int, unit: str | None = None) -> datetime | None:
	"""A step's deadline: `menit` working minutes after `masuk` (by the unit's calendar); none without
	a standard."""
	return kalender(unit).tambah_menit(get_datetime(masuk), menit) if menit else None


def menit_per_hari() -> int:
	return kalender().menit_per_hari()
