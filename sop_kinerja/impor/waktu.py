"""The standard time (waktu) of a step, as a sheet writes it, in minutes.

"5 Menit", "1 Jam", "1,5 jam", "1 Hari" or "1 hr" (a working day: the settings say how many minutes),
"2 x 24 jam" (two days), "1 Bulan" (twenty working days, flagged), "30-60 menit" (the upper bound: the
standard is met within it). OCR slips
are read too, and flagged: "S Menit" (5), "l Jam" and "I Jam" (1), "O" for 0; a unit a letter off
after its number ("15 ment", "3 bari").
"""

import re

from sop_kinerja.impor.halaman import mirip

MENIT_PER_HARI = 450  # a working day of the civil service: 37.5 hours over 5 days (Perpres 21/2023)

_SATUAN = {
	"menit": 1,
	"mnt": 1,
	"mins": 1,
	"min": 1,
	"detik": 1 / 60,
	"jam": 60,
	"hari": None,  # a working day: the caller's minutes per day
	"hr": None,
	"minggu": None,  # five working days
	"pekan": None,
	"bulan": None,  # twenty working days
}
HARI_PER_BULAN = 20
# letters OCR puts for digits, only where a digit is expected, in either case (the pattern is matched
# ignoring case, so its class and the mending come from this one table)
_HURUF_ANGKA = {"S": "5", "O": "0", "L": "1", "I": "1", "B": "8", "Z": "2"}
_OCR_DIGIT = str.maketrans(_HURUF_ANGKA | {h.lower(): a for h, a in _HURUF_ANGKA.items()})
_ANGKA = rf"(?<![A-Za-z0-9])(?:[0-9]+|[{''.join(_HURUF_ANGKA)}][0-9]?)(?:[.,][0-9]+)?"
POLA = re.compile(
	rf"(?:(?P<dari>{_ANGKA})\s*(?:-|–|s\.?d\.?|sampai)\s*)?(?P<angka>{_ANGKA})\s*(?:[xX×]\s*(?P<kali>24)\s*)?"
	r"(?P<satuan>menit|mnt|mins?|detik|jam|hari|hr|minggu|pekan|bulan)\b",
	re.IGNORECASE,
)


class Waktu:
	"""What was read: minutes (or None) and whether a slip was mended or a part was unclear."""

	def __init__(self, menit: int | None, teks: str | None, ragu: tuple | None = None):
		self.menit, self.teks, self.ragu = menit, teks, ragu

	def __repr__(self):
		return f"Waktu({self.menit!r}, {self.teks!r}, ragu={self.ragu!r})"


def _angka(teks: str) -> tuple[float, bool]:
	diperbaiki = teks.translate(_OCR_DIGIT)
	return float(diperbaiki.replace(",", ".")), diperbaiki != teks


def baca_waktu(teks: str | None, menit_per_hari: int = MENIT_PER_HARI) -> Waktu:
	"""Minutes from a waktu cell. `ragu` is what the reader was unsure of: a message and its values."""
	teks = " ".join((teks or "").split())
	if not teks:
		return Waktu(None, None)
	cocok = POLA.search(teks)
	satuan_dibetulkan = False
	if not cocok:
		cocok = POLA.search(_satuan_mirip(teks))
		satuan_dibetulkan = True
	if not cocok:
		return Waktu(None, teks, ("The time {0} could not be read.", teks))
	angka, diperbaiki = _angka(cocok["angka"])
	diperbaiki = diperbaiki or satuan_dibetulkan
	satuan = cocok["satuan"].lower()
	if cocok["kali"]:  # "2 x 24 jam": days
		per = menit_per_hari
	elif satuan in ("hari", "hr"):
		per = menit_per_hari
	elif satuan in ("minggu", "pekan"):
		per = 5 * menit_per_hari
	elif satuan == "bulan":
		per = HARI_PER_BULAN * menit_per_hari
	else:
		per = _SATUAN[satuan]
	menit = round(angka * per)
	ragu = None
	if satuan == "bulan":  # a month's working days vary: the standard is the admin's to confirm
		ragu = ("The time {0} was read as {1} working days.", teks, round(angka * HARI_PER_BULAN))
	elif diperbaiki:
		ragu = ("The time {0} was read as {1} minutes.", teks, menit)
	elif cocok["dari"]:
		ragu = ("The time {0} is a range: its upper bound was taken.", teks)
	elif POLA.search(teks[cocok.end() :]):
		ragu = ("The time {0} names more than one time: the first was taken.", teks)
	return Waktu(menit, teks, ragu)


def _satuan_mirip(teks: str) -> str:
	"""The units OCR missed by a letter after a number, as they are written: "15 ment" is "15 menit"
	("jam", three letters, is left: "jar" or "jan" may be other words)."""

	def ganti(m):
		kata = m[2].lower()
		benar = mirip(kata, _SATUAN_PANJANG)
		return f"{m[1]}{benar}" if benar else m[0]

	return re.sub(r"(\d\s*)([A-Za-z]{3,7})\b", ganti, teks)


_SATUAN_PANJANG = ("menit", "detik", "hari", "minggu", "pekan", "bulan")


def satuan_kolom(teks: str, ocr: bool = False) -> str | None:
	"""The unit a column's header names: "Waktu (menit)", "Waktu (dalam jam)"."""
	m = re.search(r"\((?:dalam\s+)?(menit|jam|hari|minggu)\)", teks, re.I)
	if m:
		return m[1].lower()
	# a scan may lose the unit's last letters against the cell's rule ("(menih")
	m = re.search(r"\((?:dalam\s+)?(men|jam|har|ming)", teks, re.I) if ocr else None
	return {"men": "menit", "jam": "jam", "har": "hari", "ming": "minggu"}[m[1].lower()] if m else None
