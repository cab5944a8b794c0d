"""Upgrade to mutu baku in working time: the step log's existing lines are counted again by the
office calendar.

A step's standard always meant working minutes; the log measured clock time. Each line gets:
- its clock time kept in the new `durasi_jam`;
- `durasi` again in working time, and `lewat_waktu` by it (a closed line);
- its deadline `batas_waktu` in working time (every line with a standard), and an open line that is
  not overdue by it any more may be flagged and notified again when it is.

It runs before the site has a calendar of its own, so the default office hours (Perpres 21/2023)
count and no holiday is known yet. Lines already counted (with `durasi_jam`) are left alone.
"""

import frappe
from frappe.utils import now_datetime, time_diff_in_seconds

from sop_kinerja.mesin import jam_kerja, mutu_baku

LOG = "tabLog Langkah SOP"
CHUNK = 5000


def execute():
	jam_kerja.clear_cache()
	kalender = jam_kerja.kalender()
	now = now_datetime()
	last = 0
	while rows := frappe.db.sql(
		f"""select name, masuk, keluar, waktu_baku, lewat_waktu, diberitahu, batas_waktu from `{LOG}`
		where name > %s and durasi_jam is null and masuk is not null order by name limit {CHUNK}""",
		last,
		as_dict=True,
	):
		for row in rows:
			frappe.db.sql(
				f"""update `{LOG}` set durasi = %s, durasi_jam = %s, batas_waktu = %s, lewat_waktu = %s,
				diberitahu = %s where name = %s""",
				_counted(row, kalender, now),
			)
		last = rows[-1].name


def _counted(row, kalender: jam_kerja.Kalender, now) -> tuple:
	batas = kalender.tambah_menit(row.masuk, row.waktu_baku) if row.waktu_baku else row.batas_waktu
	if row.keluar:
		lama = mutu_baku.lama_langkah(row.masuk, row.keluar, row.waktu_baku, kalender)
		return (lama["durasi"], lama["durasi_jam"], batas, lama["lewat_waktu"], row.diberitahu, row.name)
	lewat, diberitahu = (row.lewat_waktu, row.diberitahu) if batas and batas <= now else (0, 0)
	return (None, None, batas, lewat, diberitahu, row.name)
