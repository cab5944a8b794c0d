"""The story placed in time: when each stay began and ended, counted in the office's working time by its
calendar (mesin/jam_kerja.py), so nights, rest breaks, weekends and holidays pass uncounted."""

from datetime import date, datetime, time, timedelta

from sop_kinerja.demo.rencana import RencanaDokumen, Singgah
from sop_kinerja.mesin import jam_kerja


def jadwal(r: RencanaDokumen, sekarang: datetime) -> list[tuple[datetime, datetime | None]]:
	"""When each stay began and ended. Stays last their time in office hours, so work left at closing
	goes on the next working morning. A document still waiting counts back from when it entered its
	step: so many minutes before now, or, waiting for days, a working day in the past week. An archived
	one began on a working day in the past weeks."""
	if r.singgah[-1].keluar is None:
		if r.menunggu_berhari:
			masuk = pada_hari_kerja(sekarang, r.hari_lalu % 4 + 1, r.jam_mulai)
		else:
			masuk = kurang_jam_kerja(sekarang, r.singgah[-1].detik)
		waktu = [(masuk, None)]
		for s in reversed(r.singgah[:-1]):
			waktu.insert(0, (kurang_jam_kerja(waktu[0][0], s.detik), waktu[0][0]))
		return waktu
	mulai = pada_hari_kerja(sekarang, r.hari_lalu, r.jam_mulai)
	while True:
		waktu, t = [], mulai
		for s in r.singgah:
			waktu.append((t, tambah_jam_kerja(t, s.detik)))
			t = waktu[-1][1]
		if t < sekarang - timedelta(hours=1):
			return waktu
		mulai = pada_hari_kerja(mulai, 1, r.jam_mulai)


def saat(s: Singgah, awal: datetime, akhir: datetime, bagian: float) -> datetime:
	"""A moment `bagian` of the way through a stay's time in office hours, never past its end (for the
	stay still open: now)."""
	return min(tambah_jam_kerja(awal, s.detik * bagian), akhir)


def pada_hari_kerja(sekarang: datetime, hari_lalu: int, jam: float) -> datetime:
	"""`jam` o'clock on the working day `hari_lalu` days before `sekarang` (or the one before it)."""
	return datetime.combine(hari_kerja(sekarang.date() - timedelta(days=hari_lalu)), time()) + timedelta(
		hours=jam
	)


def tambah_jam_kerja(t: datetime, detik: float) -> datetime:
	"""`detik` seconds of working time after `t`, by the office's calendar."""
	return jam_kerja.kalender().tambah_menit(t, detik / 60)


def kurang_jam_kerja(t: datetime, detik: float) -> datetime:
	"""`detik` seconds of working time before `t`."""
	return jam_kerja.kalender().kurang_menit(t, detik / 60)


def hari_kerja(hari: date) -> date:
	"""The working day on or before `hari`."""
	return jam_kerja.kalender().hari_kerja(hari)
