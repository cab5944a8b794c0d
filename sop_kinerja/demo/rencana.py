"""The plan of the documents: a story for each, drawn from the seed, the same on every run and not yet
tied to today's date (jadwal.py places it in time, dokumen.py plays it)."""

import random
from dataclasses import dataclass, field
from typing import NamedTuple

import frappe
from frappe import _

from sop_kinerja.demo.bahan import SINGKATAN, UTAMA, Kantor, Pengirim
from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata

# the first office's plan (data/kantor.json); its seed is Permenpan RB 35/2012, the rule for SOP AP
# sheets: any fixed number gives the same office
SEED = UTAMA.rencana.seed
JUMLAH_DOKUMEN = UTAMA.rencana.jumlah
JUMLAH_DIARSIPKAN = UTAMA.rencana.diarsipkan
JUMLAH_DIKEMBALIKAN = UTAMA.rencana.dikembalikan
BAGIAN_LEWAT_WAKTU = 0.3  # of the documents still open, those waiting past their step's standard
MINGGU = 6  # how far back the archived documents began
# the period whose data is corrected (dokumen.periode_data reads it), quarters twice as often
JENIS_PERIODE = ("Tahunan", "Semester", "Triwulan", "Triwulan")

MAJU, KEMBALI = "maju", "kembali"  # how a stay ends: the step's action, or its send-back


class Singgah(NamedTuple):
	"""One stay of a document at a step, as its story tells it."""

	langkah: frappe._dict  # the SOP step (an SOP Langkah row)
	putaran: int
	detik: float  # how long it stayed; for the stay still open, how long it has waited so far
	keluar: str | None  # MAJU, KEMBALI, or None while the document still waits there
	menulis: float  # when in the stay its actor writes, as a share of the stay


@dataclass
class RencanaDokumen:
	"""One document's story: everything drawn from the seed, nothing yet tied to today's date."""

	kantor: Kantor
	agenda: str
	tujuan: int  # the step it waits at; one past the last step is archived
	lewat: bool
	kembali_dari: int | None  # the review step that sent it back once
	unit: str
	pengirim: Pengirim
	nomor_surat: int
	hal: str
	jenis_periode: str
	disposisi: str
	sifat: str
	lampiran: str
	koreksi: list[dict]
	revisi: str  # the first correction's figure as the Pelaksana puts it right after a send-back
	catatan: str | None
	surat_hari_sebelum: int  # the letter's date, in days before the document
	diterima_hari_setelah: int  # received, in days after the letter's date
	hari_lalu: int  # how many days ago the story began (archived), or it entered its step (waiting long)
	jam_mulai: float  # at what hour of that day
	menunggu_berhari: bool = False  # past its standard by days, not minutes
	singgah: list[Singgah] = field(default_factory=list)


def langkah_sop() -> list[frappe._dict]:
	"""The steps of the active SOP record: who acts, the standard, the action and the send-back."""
	name = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
	if not name:
		frappe.throw(_("No active SOP record governs {0}.").format(kosakata.DOCTYPE))
	return mutu_baku.langkah_sop(name)


def rencanakan(langkah: list[frappe._dict], kantor: Kantor = UTAMA) -> list[RencanaDokumen]:
	"""Every document of the office's story, the same on every run: the step it waits at, whether it is
	late there, the send-back, its content and how long each stay took."""
	rencana, isi = kantor.rencana, kantor.isi
	rng = random.Random(rencana.seed)
	arsip = len(langkah) + 1
	terbuka = rencana.jumlah - rencana.diarsipkan
	# every step holds some; the rest wait at the longest steps, where work piles up
	tujuan = [row.no for row in langkah for _i in range(terbuka // len(langkah))]
	sisa = terbuka - len(tujuan)
	tujuan += [row.no for row in sorted(langkah, key=lambda row: (-row.waktu, row.no))][:sisa]
	tujuan += [arsip] * rencana.diarsipkan
	rng.shuffle(tujuan)

	masih_terbuka = [i for i, no in enumerate(tujuan) if no != arsip]
	lewat = set(rng.sample(masih_terbuka, round(len(masih_terbuka) * BAGIAN_LEWAT_WAKTU)))
	# a review step sends back to an earlier one: a document waiting there or further has been through it
	telaah = [row for row in langkah if row.tidak_setuju_ke]
	bisa_kembali = [i for i, no in enumerate(tujuan) if any(row.tidak_setuju_ke <= no for row in telaah)]
	kembali = {
		i: rng.choice([row.no for row in telaah if row.tidak_setuju_ke <= tujuan[i]])
		for i in sorted(rng.sample(bisa_kembali, min(rencana.dikembalikan, len(bisa_kembali))))
	}

	semua = []
	for i, no in enumerate(tujuan):
		unit = rng.choice(list(isi.indikator))
		rows, revisi = koreksi(rng, kantor, unit)
		r = RencanaDokumen(
			kantor=kantor,
			agenda=str(rencana.agenda_awal + 3 * i + rng.randint(0, 2)),
			tujuan=no,
			lewat=i in lewat,
			kembali_dari=kembali.get(i),
			unit=unit,
			pengirim=rng.choice(isi.pengirim),
			nomor_surat=rng.randint(120, 980),
			hal=rng.choice(isi.hal),
			jenis_periode=rng.choice(JENIS_PERIODE),
			disposisi=rng.choice(isi.disposisi),
			sifat=rng.choice(isi.sifat),
			lampiran=rng.choice(isi.lampiran),
			koreksi=rows,
			revisi=revisi,
			catatan=None,
			surat_hari_sebelum=rng.randint(1, 4),
			diterima_hari_setelah=rng.randint(0, 1),
			hari_lalu=rng.randint(3, 7 * MINGGU),
			jam_mulai=rng.uniform(7.5, 14),
		)
		r.singgah = jalur(rng, langkah, r)
		r.menunggu_berhari = r.lewat and rng.random() < 0.3
		if r.kembali_dari:
			peninjau = next(row.pelaksana for row in langkah if row.no == r.kembali_dari)
			r.catatan = rng.choice(isi.catatan.get(peninjau, isi.catatan_umum))
		semua.append(r)
	return semua


def koreksi(rng: random.Random, kantor: Kantor, unit: str) -> tuple[list[dict], str]:
	"""Two or three corrections of the division's indicators (step 4's output), and the first one's
	figure as it is put right if a reviewer sends it back."""
	rows, revisi = [], None
	isi = kantor.isi
	for indikator in rng.sample(isi.indikator[unit], rng.randint(2, 3)):
		semula = rng.uniform(indikator.rendah, indikator.tinggi)
		rows.append(
			{
				"indikator_kinerja": indikator.nama,
				"nilai_semula": angka(semula, indikator.satuan),
				"nilai_perbaikan": angka(semula * rng.uniform(0.9, 1.12), indikator.satuan),
				"satuan": indikator.satuan,
				"alasan": rng.choice(isi.alasan),
				"sumber_data": rng.choice(isi.sumber_data).format(SINGKATAN[unit]),
			}
		)
		revisi = revisi or angka(semula * rng.uniform(0.92, 1.1), indikator.satuan)
	return rows, revisi


def angka(nilai: float, satuan: str) -> str:
	"""A figure as the office writes it: decimal comma for shares and scores, whole counts otherwise."""
	if satuan in ("%", "nilai", "indeks"):
		return f"{nilai:.2f}".rstrip("0").rstrip(".").replace(".", ",")
	return str(round(nilai))


def jalur(rng: random.Random, langkah: list[frappe._dict], r: RencanaDokumen) -> list[Singgah]:
	"""The stays from step 1 to where the document waits, with the one send-back if it has one."""
	per_no = {row.no: row for row in langkah}
	singgah, putaran = [], {}
	no, sudah_kembali = 1, False
	while row := per_no.get(no):
		putaran[no] = putaran.get(no, 0) + 1
		menulis = rng.uniform(0.55, 0.9)
		if no == r.tujuan and (sudah_kembali or not r.kembali_dari):
			singgah.append(Singgah(row, putaran[no], menunggu(rng, row.waktu, r.lewat), None, menulis))
			break
		if no == r.kembali_dari and not sudah_kembali:
			singgah.append(Singgah(row, putaran[no], lama(rng, row.waktu), KEMBALI, menulis))
			no, sudah_kembali = row.tidak_setuju_ke, True
		else:
			singgah.append(Singgah(row, putaran[no], lama(rng, row.waktu), MAJU, menulis))
			no += 1
	return singgah


def lama(rng: random.Random, menit: int) -> float:
	"""Seconds a finished stay took: mostly within the standard, now and then over it, rarely by hours
	(a meeting, the next morning)."""
	baku = max(menit, 1) * 60
	nasib = rng.random()
	if nasib < 0.78:
		return baku * rng.triangular(0.2, 0.95, 0.5)
	if nasib < 0.94:
		return baku * rng.uniform(1.1, 3)
	return rng.uniform(2, 20) * 3600


def menunggu(rng: random.Random, menit: int, lewat: bool) -> float:
	"""Seconds the document has waited at its present step so far: within the standard, or past it."""
	baku = max(menit, 1) * 60
	return baku * (rng.uniform(2, 10) if lewat else rng.uniform(0.05, 0.6))
