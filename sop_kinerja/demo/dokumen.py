"""The story played by the real workflow: each move made by the user who holds its role, each step's
output written by its actor, then the whole document dated back (mundur.py)."""

from contextlib import contextmanager
from datetime import date, datetime, timedelta

import frappe
from frappe.model.workflow import apply_workflow

from sop_kinerja.demo.jadwal import hari_kerja, saat
from sop_kinerja.demo.kantor import pembuat_dokumen
from sop_kinerja.demo.mundur import Jam, mundurkan
from sop_kinerja.demo.rencana import KEMBALI, MAJU, RencanaDokumen, Singgah
from sop_kinerja.mesin import keluaran
from sop_kinerja.naskah import kosakata

ROMAWI = ("I", "II", "III", "IV")


@contextmanager
def sebagai(user: str):
	previous = frappe.session.user
	frappe.set_user(user)
	try:
		yield
	finally:
		frappe.set_user(previous)


def jalankan_dokumen(
	r: RencanaDokumen, waktu: list[tuple[datetime, datetime | None]], sekarang: datetime
) -> str:
	"""Play the story through the workflow, each move by the office's user holding its role, then date
	it back."""
	jam = Jam()
	name = None
	for s, (awal, akhir) in zip(r.singgah, waktu, strict=True):
		user = r.kantor.user_per_role[s.langkah.pelaksana].email
		if name is None:
			jam.tandai(awal)
			name = buat_dokumen(r, awal)
		if tulisan := isian(r, s):
			jam.tandai(saat(s, awal, akhir or sekarang, s.menulis))
			simpan(name, user, tulisan)
		if s.keluar == KEMBALI:
			jam.tandai(saat(s, awal, akhir, 0.95))
			simpan(name, user, {"catatan_perbaikan": r.catatan})
		if s.keluar:
			jam.tandai(akhir)
			with sebagai(user):
				apply_workflow(
					frappe.get_doc(kosakata.DOCTYPE, name),
					s.langkah.aksi if s.keluar == MAJU else s.langkah.aksi_tidak_setuju,
				)
	mundurkan(name, jam)
	return name


def buat_dokumen(r: RencanaDokumen, mulai: datetime) -> str:
	"""Step 1 starts: the office's Kepala records the incoming letter and the disposition."""
	tanggal = mulai.date()
	surat_tanggal = hari_kerja(tanggal - timedelta(days=r.surat_hari_sebelum))
	periode, tahun = periode_data(r.jenis_periode, tanggal)
	hal = r.hal.format(periode_teks(periode, tahun))
	with sebagai(pembuat_dokumen(r.kantor)):
		doc = frappe.get_doc(
			{
				"doctype": kosakata.DOCTYPE,
				"hal": hal,
				"tanggal": tanggal,
				"tahun": tahun,
				"periode": periode,
				"unit_pengolah": r.unit,
				"surat_dari": r.pengirim.nama,
				"surat_nomor": f"{r.pengirim.kode_klasifikasi}/{r.nomor_surat}/{r.pengirim.singkatan}",
				"surat_tanggal": surat_tanggal,
				"surat_perihal": hal,
				"nomor_agenda": r.agenda,
				"tanggal_diterima": min(surat_tanggal + timedelta(days=r.diterima_hari_setelah), tanggal),
				"isi_disposisi": r.disposisi,
				"tanggal_disposisi": tanggal,
			}
		).insert()
	return doc.name


def isian(r: RencanaDokumen, s: Singgah) -> dict | None:
	"""What the step's actor writes during this stay: the output the step must hand on (the Nota Dinas,
	the corrections) on the first pass, and the corrected figure after a send-back."""
	wajib = keluaran.fields_of(s.langkah)
	if "isi" in wajib and s.putaran == 1:
		return nota_dinas(r)
	if "koreksi" in wajib and s.putaran == 1:
		return {"koreksi": r.koreksi}
	if "koreksi" in wajib:
		return {"koreksi": [{**r.koreksi[0], "nilai_perbaikan": r.revisi}, *r.koreksi[1:]]}
	return None


def nota_dinas(r: RencanaDokumen) -> dict:
	"""Step 2's output, by the Sekretaris: the Nota Dinas to the division(s), signed by the office's
	Kepala. A division may be asked together with units of the other office (the table of units asked
	ignores User Permissions)."""
	kantor, kepala = r.kantor, r.kantor.kepala
	teks = kantor.isi.nota_dinas
	if r.unit == kantor.sekretariat:
		kepada = teks["kepada_semua"].format(satuan=kantor.satuan)
		unit_kerja = [unit for unit in kantor.isi.indikator if unit != kantor.sekretariat]
	else:
		kepada = teks["kepada"].format(unit=r.unit)
		unit_kerja = [r.unit, *kantor.isi.juga_diminta.get(r.unit, [])]
	return {
		"kepada": kepada,
		"dari": kepala.jabatan,
		"tembusan": teks["tembusan"].format(satuan=kantor.satuan),
		"sifat": r.sifat,
		"lampiran": r.lampiran,
		"unit_kerja": [{"unit_kerja": unit} for unit in unit_kerja],
		"isi": "".join(teks["isi"]).format(pengirim=r.pengirim.nama, renja=kantor.renja),
		"penandatangan": kepala.nip,
	}


def simpan(name: str, user: str, values: dict):
	with sebagai(user):
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		doc.update(values)
		doc.save()


def periode_data(jenis: str, tanggal: date) -> tuple[str, int]:
	"""The period whose data is corrected: the last year, semester or quarter before the document."""
	if jenis == "Tahunan":
		return "Tahunan", tanggal.year - 1
	if jenis == "Semester":
		return ("Semester I", tanggal.year) if tanggal.month > 6 else ("Semester II", tanggal.year - 1)
	triwulan = (tanggal.month - 1) // 3
	return (
		(f"Triwulan {ROMAWI[triwulan - 1]}", tanggal.year) if triwulan else ("Triwulan IV", tanggal.year - 1)
	)


def periode_teks(periode: str, tahun: int) -> str:
	return f"Tahun {tahun}" if periode == "Tahunan" else f"{periode} Tahun {tahun}"
