"""Monitoring Pelaksanaan SOP AP (Permenpan-RB 35/2012, Tabel 7), with the step log as its evidence.

Each semester, per unit, every SOP in force gets a row the assessor marks "Berjalan dengan baik" or
"Tidak berjalan dengan baik", with notes and the action to take. This module measures what the step
log says of the semester, so the assessor starts from evidence: documents started and finished; per
step the median and 90th-percentile working time against its mutu baku and the share of stays past it;
send-backs per decision; steps taken by a Plt./Plh. The figures propose a mark; the assessor decides.
"""

import math
from datetime import date

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import make_notification_logs
from frappe.utils import cint, flt, getdate, today
from frappe.utils.user import get_users_with_role

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.mesin import unit as unit_kerja

BAIK, TIDAK_BAIK = "Berjalan dengan baik", "Tidak berjalan dengan baik"
SEMESTER = {"I": (1, 7), "II": (7, 13)}  # its months, from and before
# a step whose stays went past mutu baku more often than this does not run well
BATAS_LEWAT = 0.25


def periode(tahun: int, semester: str) -> tuple[date, date]:
	"""The semester's first day and the day after its last."""
	awal, akhir = SEMESTER[semester]
	return date(tahun, awal, 1), date(tahun + 1, 1, 1) if akhir == 13 else date(tahun, akhir, 1)


def semester_lalu(hari: date) -> tuple[int, str]:
	"""The last semester that is over on `hari`."""
	return (hari.year, "I") if hari.month >= 7 else (hari.year - 1, "II")


def persentil(nilai: list[float], fraction: float) -> float | None:
	"""As PERCENTILE_CONT (and the report Waktu per Langkah): between the ranks around (n - 1) * f."""
	if not nilai:
		return None
	urut = sorted(nilai)
	rank = (len(urut) - 1) * fraction
	low = int(rank)
	high = min(low + 1, len(urut) - 1)
	return urut[low] + (urut[high] - urut[low]) * (rank - low)


def menit(detik) -> float | None:
	return None if detik is None else round(flt(detik) / 60, 1)


def angka_sop(sop: str, unit: str | None, mulai: date, selesai: date) -> frappe._dict:
	"""What the step log says of one SOP in one period (and one unit, when given)."""
	record = frappe.get_cached_doc("SOP", sop)
	langkah = mutu_baku.langkah_sop(sop)
	dasar = {"sop": sop, **({"unit_kerja": unit} if unit else {})}
	dalam = ("between", [mulai, selesai])  # the last day's lines are "< selesai" below
	lines = [
		line
		for line in frappe.get_all(
			mutu_baku.LOG,
			filters={**dasar, "keluar": dalam},
			fields=[
				"reference_name",
				"langkah",
				"workflow_state",
				"next_state",
				"durasi",
				"waktu_baku",
				"jenis_pelimpahan",
				"keluar",
			],
		)
		if getdate(line.keluar) < selesai
	]
	pertama, terakhir = (langkah[0].no, langkah[-1].no) if langkah else (1, 1)
	mulai_dok = {
		line.reference_name
		for line in frappe.get_all(
			mutu_baku.LOG,
			filters={**dasar, "langkah": pertama, "putaran": 1, "masuk": dalam},
			fields=["reference_name", "masuk"],
		)
		if getdate(line.masuk) < selesai
	}
	selesai_dok = {line.reference_name for line in lines if line.langkah == terakhir}
	per_langkah = []
	for step in langkah:
		durasi = [flt(line.durasi) for line in lines if line.langkah == step.no]
		baku = cint(step.waktu)
		lewat = sum(1 for d in durasi if baku and d > baku * 60)
		kembali = sum(
			1
			for line in lines
			if line.langkah == step.no
			and record.document_type
			and mutu_baku.is_kembalikan(record.document_type, line.workflow_state, line.next_state)
		)
		per_langkah.append(
			frappe._dict(
				no=step.no,
				kali=len(durasi),
				median=menit(persentil(durasi, 0.5)),
				p90=menit(persentil(durasi, 0.9)),
				waktu_baku=baku,
				lewat=lewat,
				dikembalikan=kembali,
			)
		)
	kali = sum(step.kali for step in per_langkah)
	lewat = sum(step.lewat for step in per_langkah)
	buruk = [s for s in per_langkah if s.kali and s.waktu_baku and s.lewat / s.kali > BATAS_LEWAT]
	return frappe._dict(
		dokumen_mulai=len(mulai_dok),
		dokumen_selesai=len(selesai_dok),
		langkah=per_langkah,
		kali=kali,
		lewat_persen=round(100 * lewat / kali, 1) if kali else None,
		dikembalikan=sum(step.dikembalikan for step in per_langkah),
		oleh_plt=sum(1 for line in lines if line.jenis_pelimpahan),
		usulan=(TIDAK_BAIK if buruk else BAIK) if kali else None,
		langkah_buruk=[s.no for s in buruk],
	)


def rincian(angka: frappe._dict) -> str:
	"""The evidence in words, one line per step that was taken."""
	if not angka.kali:
		return _("No document went through this SOP in the semester: nothing was measured.")
	baris = [
		_("Documents started {0}, finished {1}; sent back {2} times; {3} steps by a Plt./Plh.").format(
			angka.dokumen_mulai, angka.dokumen_selesai, angka.dikembalikan, angka.oleh_plt
		)
	]
	for step in angka.langkah:
		if step.kali:
			baris.append(
				_(
					"Step {0}: median {1}, p90 {2} working minutes against mutu baku {3} minutes; {4} of {5} stays past it"
				).format(step.no, step.median, step.p90, step.waktu_baku, step.lewat, step.kali)
			)
	return "\n".join(baris)


def sop_berlaku(unit: str | None) -> list[str]:
	"""The SOPs in force a unit's monitoring covers: its own, and those of no unit (the site's)."""
	rows = frappe.get_all("SOP", {"aktif": 1}, ["name", "unit_kerja"], order_by="nama_sop asc")
	return [row.name for row in rows if not unit or row.unit_kerja in (unit, None, "")]


MONITORING = "Monitoring SOP"


def buat_semester_lalu():
	"""Daily: once a semester is over, its monitoring per unit (and one for the SOPs of no unit on a
	site without units), pre-filled; the assessor's role is told. A unit whose SOPs saw no document
	gets none. Written in the site's language: a job runs in English unless told."""
	frappe.local.lang = frappe.db.get_default("lang") or frappe.local.lang
	tahun, semester = semester_lalu(getdate(today()))
	units = frappe.get_all("Unit Kerja", {"aktif": 1}, pluck="name") or [None]
	for unit in units:
		filters = {"tahun": tahun, "semester": semester, "unit_kerja": unit or ("is", "not set")}
		if frappe.db.exists(MONITORING, filters):
			continue
		doc = frappe.get_doc(
			{"doctype": MONITORING, "tahun": tahun, "semester": semester, "unit_kerja": unit}
		)
		try:
			doc.insert(ignore_permissions=True)
		except frappe.ValidationError:
			frappe.clear_messages()  # nothing went through this unit's SOPs: nothing to monitor
			continue
		beri_tahu(doc)


def beri_tahu(doc):
	role = frappe.db.get_single_value("Pengaturan SOP Kinerja", "peran_penilai_sop")
	if not role:
		return
	make_notification_logs(
		frappe._dict(
			type="Alert",
			document_type=MONITORING,
			document_name=doc.name,
			subject=_("{0} is ready: mark each SOP and write the action to take.").format(
				frappe.bold(doc.judul)
			),
		),
		unit_kerja.boleh_membaca(MONITORING, doc.name, get_users_with_role(role)),
	)


# Tabel 8's criteria, each answered Ya or Tidak. Not found in a copy of the regulation's text reachable
# here: taken from other offices' SOP monev tools (see NOTES); check against the official PDF
KRITERIA_EVALUASI = (
	"Mampu mendorong peningkatan kinerja",
	"Mudah dipahami",
	"Mudah dilaksanakan",
	"Semua orang dapat menjalankan perannya masing-masing",
	"Mampu mengatasi permasalahan yang berkaitan dengan proses",
	"Mampu menjawab kebutuhan peningkatan kinerja organisasi",
	"Sinergi satu dengan lainnya",
)

# A step's standard is proposed anew when its 90th percentile passed it over at least this many stays
KALI_MINIMUM = 5


def rekomendasi(sop: str, mulai: date, selesai: date) -> tuple[str, dict[int, int]]:
	"""Evaluation's recommendation from the figures: each step whose p90 passed its mutu baku, with a
	proposed mutu baku (the p90 rounded up to five minutes)."""
	angka = angka_sop(sop, None, mulai, selesai)
	baris, usulan = [], {}
	for step in angka.langkah:
		if step.kali >= KALI_MINIMUM and step.waktu_baku and step.p90 and step.p90 > step.waktu_baku:
			baru = 5 * math.ceil(step.p90 / 5)
			usulan[step.no] = baru
			baris.append(
				_(
					"Step {0}: p90 {1} working minutes against mutu baku {2} minutes, over {3} stays: propose {4} minutes."
				).format(step.no, step.p90, step.waktu_baku, step.kali, baru)
			)
	if not angka.kali:
		return _("No document went through this SOP in the period: nothing was measured."), {}
	return ("\n".join(baris) or _("Every step stayed within its mutu baku at the 90th percentile.")), usulan
