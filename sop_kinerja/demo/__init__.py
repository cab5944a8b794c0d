"""A demo office to click through: `bench --site SITE sop-kinerja-demo [--force]`.

It makes Satpol PP Kalbar's divisions (Unit Kerja) and officials (Pejabat), one user per SOP role, and
about thirty Perbaikan Data Kinerja at every step of the SOP record: some waiting past their step's
mutu baku, some sent back once with a note, some archived. Every document moves by the real workflow,
each move made by the user who holds its role, so the step log, the timeline, the versions and the
Arsip are what the app itself writes. The moves take seconds; the demo then dates each one back to when
its story says it happened (the past six weeks, mostly within each step's standard), so the number
cards, the report "Waktu per Langkah" and the forms show figures an office could have.

A second run leaves the same office: whatever exists is kept (each document is recognised by its
creator, the demo's Kepala Satuan, and its nomor agenda), and only the users' passwords are new, since
a password can be printed only when it is set. A site with Perbaikan Data Kinerja of its own is refused
unless forced, so demo documents never mix with real ones by accident.
"""

import bisect
import json
import random
import secrets
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

import frappe
from frappe import _
from frappe.model.workflow import apply_workflow
from frappe.query_builder.functions import Count
from frappe.utils import get_datetime, getdate, now_datetime, time_diff_in_seconds
from frappe.utils.password import update_password

from sop_kinerja.mesin import jam_kerja, keluaran, mutu_baku
from sop_kinerja.naskah import kosakata

SEED = 352012  # Permenpan RB 35/2012, the rule for SOP AP sheets: any fixed number gives the same office
# A reserved domain (RFC 2606): a workflow e-mail to a demo user never reaches a real mailbox, and the
# demo's users never meet the tests' (@sop-kinerja.test)
DOMAIN = "satpolpp-kalbar.example"
BAHASA = "id"
ZONA_WAKTU = "Asia/Pontianak"

JUMLAH_DOKUMEN = 30
JUMLAH_DIARSIPKAN = 8
JUMLAH_DIKEMBALIKAN = 6
BAGIAN_LEWAT_WAKTU = 0.3  # of the documents still open, those waiting past their step's standard
MINGGU = 6  # how far back the archived documents began
AGENDA_AWAL = 512  # the first nomor agenda of the demo's incoming letters

MAJU, KEMBALI = "maju", "kembali"  # how a stay ends: the step's action, or its send-back


class RealDocumentsPresentError(frappe.ValidationError):
	"""The site has Perbaikan Data Kinerja the demo did not make, and the demo was not forced."""


# Divisions: name, abbreviation, parent
SATUAN = "Satuan Polisi Pamong Praja Provinsi Kalimantan Barat"
SEKRETARIAT = "Sekretariat"
RENJA = "Subbagian Rencana Kerja dan Monitoring Evaluasi"
UNIT_KERJA = (
	(SATUAN, "Satpol PP", None),
	(SEKRETARIAT, "Sekretariat", SATUAN),
	("Subbagian Umum dan Kepegawaian", "Umpeg", SEKRETARIAT),
	("Subbagian Keuangan", "Keuangan", SEKRETARIAT),
	(RENJA, "Renja dan Monev", SEKRETARIAT),
	("Bidang Penegakan Perundang-undangan Daerah", "PPUD", SATUAN),
	("Bidang Ketertiban Umum dan Ketenteraman Masyarakat", "Tibum Tranmas", SATUAN),
	("Bidang Perlindungan Masyarakat", "Linmas", SATUAN),
	("Bidang Sumber Daya Aparatur", "SDA", SATUAN),
)
SINGKATAN = {nama: singkatan for nama, singkatan, _induk in UNIT_KERJA}


class Pegawai(NamedTuple):
	"""A civil servant of the office; those with a role are the demo's users."""

	nama: str  # with degrees, as signed
	nama_depan: str
	nama_belakang: str
	jabatan: str
	pangkat_golongan: str
	unit_kerja: str
	lahir: date
	diangkat: tuple[int, int]  # year and month of appointment as CPNS
	pria: bool
	urut: int
	role: str | None = None

	@property
	def nip(self) -> str:
		"""NIP: birth date, appointment (year, month), sex (1 male, 2 female), serial."""
		tahun, bulan = self.diangkat
		return f"{self.lahir:%Y%m%d}{tahun:04d}{bulan:02d}{1 if self.pria else 2}{self.urut:03d}"

	@property
	def email(self) -> str:
		nama = ".".join(filter(None, (self.nama_depan, self.nama_belakang)))
		return f"{nama.lower().replace(' ', '.')}@{DOMAIN}"


PEGAWAI = (
	Pegawai(
		"Dr. H. Rizal Firmansyah, S.STP., M.Si.",
		"Rizal",
		"Firmansyah",
		"Kepala Satuan Polisi Pamong Praja Provinsi Kalimantan Barat",
		"Pembina Utama Muda (IV/c)",
		SATUAN,
		date(1972, 8, 17),
		(1995, 3),
		True,
		1,
		kosakata.KEPALA_SATUAN,
	),
	Pegawai(
		"Hj. Nurhayati, S.Sos., M.M.",
		"Nurhayati",
		"",
		"Sekretaris Satuan Polisi Pamong Praja Provinsi Kalimantan Barat",
		"Pembina Tingkat I (IV/b)",
		SEKRETARIAT,
		date(1974, 4, 2),
		(1998, 12),
		False,
		2,
		kosakata.SEKRETARIS,
	),
	Pegawai(
		"Markus Dedi Kurniawan, S.E., M.Ak.",
		"Markus Dedi",
		"Kurniawan",
		"Kepala Subbagian Rencana Kerja dan Monitoring Evaluasi",
		"Penata Tingkat I (III/d)",
		RENJA,
		date(1983, 11, 9),
		(2008, 4),
		True,
		1,
		kosakata.KASUBBAG,
	),
	Pegawai(
		"Siti Rahmawati, S.Kom.",
		"Siti",
		"Rahmawati",
		"Penyusun Program Anggaran dan Pelaporan",
		"Penata Muda Tingkat I (III/b)",
		RENJA,
		date(1990, 6, 21),
		(2015, 3),
		False,
		3,
		kosakata.PELAKSANA,
	),
	Pegawai(
		"Agustinus Lorensius, A.Md.",
		"Agustinus",
		"Lorensius",
		"Arsiparis Terampil",
		"Pengatur Tingkat I (II/d)",
		"Subbagian Umum dan Kepegawaian",
		date(1992, 1, 30),
		(2017, 6),
		True,
		1,
		kosakata.ARSIPARIS,
	),
	Pegawai(
		"Dewi Anggraini, S.AP.",
		"Dewi",
		"Anggraini",
		"Kepala Subbagian Umum dan Kepegawaian",
		"Penata Tingkat I (III/d)",
		"Subbagian Umum dan Kepegawaian",
		date(1981, 3, 14),
		(2006, 1),
		False,
		2,
	),
	Pegawai(
		"Yuliana Tan, S.E., M.Ak.",
		"Yuliana",
		"Tan",
		"Kepala Subbagian Keuangan",
		"Penata (III/c)",
		"Subbagian Keuangan",
		date(1985, 9, 5),
		(2010, 3),
		False,
		1,
	),
	Pegawai(
		"Hendra Gunawan, S.H., M.H.",
		"Hendra",
		"Gunawan",
		"Kepala Bidang Penegakan Perundang-undangan Daerah",
		"Pembina (IV/a)",
		"Bidang Penegakan Perundang-undangan Daerah",
		date(1976, 12, 11),
		(2000, 3),
		True,
		4,
	),
	Pegawai(
		"Benediktus Ajun, S.Sos., M.Si.",
		"Benediktus",
		"Ajun",
		"Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
		"Pembina (IV/a)",
		"Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
		date(1975, 5, 27),
		(1999, 3),
		True,
		2,
	),
	Pegawai(
		"Muhammad Iqbal Ramadhan, S.STP., M.Si.",
		"Muhammad Iqbal",
		"Ramadhan",
		"Kepala Bidang Perlindungan Masyarakat",
		"Pembina (IV/a)",
		"Bidang Perlindungan Masyarakat",
		date(1982, 2, 8),
		(2004, 9),
		True,
		1,
	),
	Pegawai(
		"Lilis Suryani, S.Pd., M.Pd.",
		"Lilis",
		"Suryani",
		"Kepala Bidang Sumber Daya Aparatur",
		"Pembina (IV/a)",
		"Bidang Sumber Daya Aparatur",
		date(1978, 7, 19),
		(2003, 1),
		False,
		3,
	),
)
PENGGUNA = {pegawai.role: pegawai for pegawai in PEGAWAI if pegawai.role}


def email_pengguna() -> list[str]:
	return [pegawai.email for pegawai in PENGGUNA.values()]


def pembuat_dokumen() -> str:
	"""Every demo document is created by the demo's Kepala Satuan, as step 1 of the SOP has it."""
	return PENGGUNA[kosakata.KEPALA_SATUAN].email


def dokumen_lain() -> int:
	"""Perbaikan Data Kinerja on the site that the demo did not make."""
	return frappe.db.count(kosakata.DOCTYPE, {"owner": ("not in", email_pengguna())})


# What the documents are about: the divisions whose data is corrected, their indicators
# (name, unit, lowest and highest plausible value) and where the figures come from
INDIKATOR = {
	SEKRETARIAT: (
		("Nilai evaluasi SAKIP Perangkat Daerah", "nilai", 60, 80),
		("Persentase realisasi anggaran", "%", 70, 98),
		("Indeks Kepuasan Masyarakat terhadap layanan Satpol PP", "indeks", 75, 88),
	),
	"Bidang Penegakan Perundang-undangan Daerah": (
		("Persentase penegakan Perda dan Perkada yang ditindaklanjuti", "%", 60, 90),
		("Jumlah pelanggaran Perda yang diselesaikan melalui sidang tipiring", "kasus", 10, 60),
		("Persentase PPNS yang mengikuti pelatihan teknis", "%", 40, 80),
	),
	"Bidang Ketertiban Umum dan Ketenteraman Masyarakat": (
		("Persentase gangguan trantibum yang dapat diselesaikan", "%", 70, 95),
		("Jumlah patroli ketertiban umum", "kali", 100, 300),
		("Jumlah pengamanan kegiatan Pemerintah Provinsi", "kegiatan", 30, 120),
	),
	"Bidang Perlindungan Masyarakat": (
		("Persentase anggota Satlinmas yang terlatih", "%", 30, 70),
		("Jumlah anggota Linmas yang mengikuti bimbingan teknis", "orang", 100, 500),
		("Jumlah desa/kelurahan dengan Satlinmas aktif", "desa", 200, 900),
	),
	"Bidang Sumber Daya Aparatur": (
		("Persentase anggota Satpol PP yang telah mengikuti Diklat Dasar", "%", 50, 90),
		("Jumlah pejabat fungsional Polisi Pamong Praja", "orang", 40, 120),
		("Persentase PPNS terhadap jumlah anggota Satpol PP", "%", 5, 15),
	),
}
SUMBER_DATA = ("Laporan bulanan {0}", "Aplikasi e-Monev", "Buku register {0}", "Rekapitulasi kegiatan {0}")
ALASAN = (
	"Data triwulan berjalan belum seluruhnya terhitung",
	"Salah input pada aplikasi e-Monev",
	"Penyesuaian dengan laporan bulanan bidang",
	"Terdapat kegiatan yang tercatat ganda",
	"Data dukung baru diterima dari bidang",
	"Penyesuaian dengan target pada Renja Perubahan",
)
# incoming letters: sender, classification code, sender's abbreviation
PENGIRIM = (
	("Biro Organisasi Sekretariat Daerah Provinsi Kalimantan Barat", "061", "ORG"),
	("Badan Perencanaan Pembangunan Daerah Provinsi Kalimantan Barat", "050", "BAPPEDA"),
	("Inspektorat Provinsi Kalimantan Barat", "700", "INSP"),
	("Biro Pemerintahan Sekretariat Daerah Provinsi Kalimantan Barat", "100", "PEM"),
)
HAL = (
	"Permintaan Perbaikan Data Kinerja {0}",
	"Perbaikan Data Capaian Indikator Kinerja Utama {0}",
	"Perbaikan Data Rencana Aksi Kinerja {0}",
	"Perbaikan Data Kinerja pada Aplikasi e-Monev {0}",
	"Perbaikan Data Standar Pelayanan Minimal Trantibum {0}",
)
DISPOSISI = (
	"Siapkan Nota Dinas permintaan data kinerja kepada bidang terkait.",
	"Tindak lanjuti, koordinasikan dengan Kasubbag Renja dan Monev.",
	"Segera proses dan laporkan hasilnya.",
	"Siapkan Nota Dinas, batas penyampaian data 3 (tiga) hari kerja.",
)
# what a reviewer writes when sending the draft back, by the reviewer's role
CATATAN = {
	kosakata.KASUBBAG: (
		"Nilai perbaikan indikator pertama belum sesuai dengan data dukung dari bidang. Mohon dicek kembali.",
		"Sumber data belum dicantumkan lengkap. Lengkapi sebelum diajukan lagi.",
		"Alasan perbaikan perlu dijelaskan lebih rinci, sebutkan periode datanya.",
	),
	kosakata.SEKRETARIS: (
		"Mohon diselaraskan dengan capaian pada Renja Perubahan sebelum diteruskan ke Kepala Satuan.",
		"Periksa kembali satuan indikator; ada yang tertulis angka absolut, bukan persen.",
	),
	kosakata.KEPALA_SATUAN: (
		"Sebelum saya tandatangani, pastikan data sudah dikonfirmasi kepada Kepala Bidang terkait.",
		"Lampiran belum lengkap. Tambahkan rekapitulasi data per bidang.",
	),
}
CATATAN_UMUM = ("Mohon diperbaiki sesuai catatan pada draf.",)
ROMAWI = ("I", "II", "III", "IV")


class Singgah(NamedTuple):
	"""One stay of a document at a step, as its story tells it."""

	langkah: frappe._dict  # the SOP step (an SOP Langkah row)
	putaran: int
	detik: float  # how long it stayed; for the stay still open, how long it has waited so far
	keluar: str | None  # MAJU, KEMBALI, or None while the document still waits there
	menulis: float  # when in the stay its actor writes, as a share of the stay


@dataclass
class Rencana:
	"""One document's story: everything drawn from the seed, nothing yet tied to today's date."""

	agenda: str
	tujuan: int  # the step it waits at; one past the last step is archived
	lewat: bool
	kembali_dari: int | None  # the review step that sent it back once
	unit: str
	pengirim: tuple[str, str, str]
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


@dataclass
class HasilDemo:
	situs: str
	dibuat: int
	sudah_ada: int
	per_langkah: list[tuple[str, int, int]]  # (step, documents waiting there, of which past the standard)
	pengguna: list[tuple[str, str, str]]  # (user, role, password)

	def ringkasan(self) -> str:
		lines = [
			_("Demo office ready on {0}: {1} Perbaikan Data Kinerja made now, {2} already there.").format(
				self.situs, self.dibuat, self.sudah_ada
			),
			"",
			_("Documents per step (past the standard):"),
		]
		lines += [f"  {label:<40} {jumlah:>3}  ({lewat})" for label, jumlah, lewat in self.per_langkah]
		lines += ["", f"  {_('User'):<48} {_('Role'):<26} {_('Password')}"]
		lines += [f"  {user:<48} {_(role):<26} {password}" for user, role, password in self.pengguna]
		lines += ["", _("The passwords are new on every run; keep them now, they are not shown again.")]
		return "\n".join(lines)


def buat_kantor_demo(force: bool = False) -> HasilDemo:
	"""Make the demo office on the connected site (the caller commits). See the module's docstring."""
	if (lain := dokumen_lain()) and not force:
		frappe.throw(
			_(
				"This site already has {0} Perbaikan Data Kinerja that the demo did not make. Nothing was changed. Run the command again with --force to add the demo office beside them."
			).format(lain),
			exc=RealDocumentsPresentError,
			title=_("Demo Refused"),
		)
	siapkan_situs()
	buat_unit_kerja()
	kata_sandi = buat_pengguna()
	buat_pejabat()
	lengkapi_identitas()

	langkah = langkah_sop()
	ada = set(
		frappe.get_all(
			kosakata.DOCTYPE, filters={"owner": pembuat_dokumen()}, pluck="nomor_agenda", order_by=None
		)
	)
	rencana = [r for r in rencanakan(langkah) if r.agenda not in ada]
	sekarang = now_datetime()
	# played oldest first, so the Nota Dinas numbers follow the dates
	for waktu, r in sorted(((jadwal(r, sekarang), r) for r in rencana), key=lambda item: item[0][0][0]):
		jalankan(r, waktu, sekarang)

	return HasilDemo(
		situs=frappe.local.site,
		dibuat=len(rencana),
		sudah_ada=JUMLAH_DOKUMEN - len(rencana),
		per_langkah=sebaran(langkah),
		pengguna=[(PENGGUNA[role].email, role, kata_sandi[role]) for role in kosakata.ROLES],
	)


# The office: settings, divisions, officials, users


def siapkan_situs():
	"""Role users open the desk only once setup is complete; the office works in Indonesian, in West
	Kalimantan's time. Changed only where it differs, so a second run writes nothing."""
	settings = frappe.get_single("System Settings")
	wanted = {"setup_complete": 1, "language": BAHASA, "time_zone": ZONA_WAKTU}
	if any(settings.get(key) != value for key, value in wanted.items()):
		settings.update(wanted)
		settings.save(ignore_permissions=True)


def buat_unit_kerja():
	"""Missing divisions only: a division the site has already is the office's own."""
	for nama, singkatan, induk in UNIT_KERJA:
		if not frappe.db.exists("Unit Kerja", nama):
			frappe.get_doc(
				{"doctype": "Unit Kerja", "nama_unit": nama, "singkatan": singkatan, "induk": induk}
			).insert(ignore_permissions=True)


def buat_pejabat():
	for pegawai in PEGAWAI:
		if not frappe.db.exists("Pejabat", pegawai.nip):
			frappe.get_doc(
				{
					"doctype": "Pejabat",
					"nama": pegawai.nama,
					"nip": pegawai.nip,
					"pangkat_golongan": pegawai.pangkat_golongan,
					"jabatan": pegawai.jabatan,
					"unit_kerja": pegawai.unit_kerja,
					"user": pegawai.email if pegawai.role else None,
				}
			).insert(ignore_permissions=True)


def buat_pengguna() -> dict[str, str]:
	"""One user per SOP role holding that role alone, in Indonesian and Pontianak's time. Returns each
	role's new password."""
	kata_sandi = {}
	for role, pegawai in PENGGUNA.items():
		if frappe.db.exists("User", pegawai.email):
			user = frappe.get_doc("User", pegawai.email)
		else:
			user = frappe.new_doc("User")
			user.email = pegawai.email
			user.send_welcome_email = 0
		wanted = {
			"first_name": pegawai.nama_depan,
			"last_name": pegawai.nama_belakang,
			"enabled": 1,
			"language": BAHASA,
			"time_zone": ZONA_WAKTU,
		}
		berubah = {key: value for key, value in wanted.items() if (user.get(key) or "") != value}
		user.update(berubah)
		if [row.role for row in user.roles] != [role]:
			user.set("roles", [{"role": role}])
			berubah["roles"] = role
		user.flags.no_welcome_mail = True
		# an unchanged user is not saved again: a second run writes nothing but the password
		if user.is_new() or berubah:
			user.save(ignore_permissions=True)
		# Frappe makes a desk user System Manager when nobody else but Administrator is one
		# (User.add_system_manager_role): a demo user holds its SOP role alone, and Administrator stays
		# the site's System Manager
		lain = {"parenttype": "User", "parent": pegawai.email, "role": ("!=", role)}
		if frappe.db.exists("Has Role", lain):
			frappe.db.delete("Has Role", lain)
			frappe.clear_cache(user=pegawai.email)
		kata_sandi[role] = secrets.token_urlsafe(12)
		update_password(pegawai.email, kata_sandi[role])
	return kata_sandi


def lengkapi_identitas():
	"""The SOP AP sheet shows who signed the SOP and the Arsip where it is kept: filled in where blank,
	never over what the office wrote."""
	if (name := mutu_baku.sop_for_doctype(kosakata.DOCTYPE)) and not frappe.db.get_value(
		"SOP", name, "disahkan_oleh"
	):
		doc = frappe.get_doc("SOP", name)
		doc.disahkan_oleh = PENGGUNA[kosakata.KEPALA_SATUAN].nip
		doc.save(ignore_permissions=True)
	settings = frappe.get_single("Pengaturan SOP Kinerja")
	if not settings.lokasi_simpan:
		settings.lokasi_simpan = "Ruang Arsip Sekretariat, Lemari 2"
		settings.save(ignore_permissions=True)


# The documents: a story for each, drawn from the seed


def langkah_sop() -> list[frappe._dict]:
	"""The steps of the active SOP record: who acts, the standard, the action and the send-back."""
	name = mutu_baku.sop_for_doctype(kosakata.DOCTYPE)
	if not name:
		frappe.throw(_("No active SOP record governs {0}.").format(kosakata.DOCTYPE))
	return frappe.get_all(
		"SOP Langkah",
		filters={"parent": name, "parenttype": "SOP", "parentfield": "langkah"},
		fields=[
			"no",
			"workflow_state",
			"pelaksana",
			"waktu",
			"aksi",
			"tidak_setuju_ke",
			"aksi_tidak_setuju",
			"field_output",
		],
		order_by="no asc",
	)


def rencanakan(langkah: list[frappe._dict]) -> list[Rencana]:
	"""Every document's story, the same on every run: the step it waits at, whether it is late there,
	the send-back, its content and how long each stay took."""
	rng = random.Random(SEED)
	arsip = len(langkah) + 1
	terbuka = JUMLAH_DOKUMEN - JUMLAH_DIARSIPKAN
	# every step holds some; the rest wait at the longest steps, where work piles up
	tujuan = [row.no for row in langkah for _i in range(terbuka // len(langkah))]
	sisa = terbuka - len(tujuan)
	tujuan += [row.no for row in sorted(langkah, key=lambda row: (-row.waktu, row.no))][:sisa]
	tujuan += [arsip] * JUMLAH_DIARSIPKAN
	rng.shuffle(tujuan)

	masih_terbuka = [i for i, no in enumerate(tujuan) if no != arsip]
	lewat = set(rng.sample(masih_terbuka, round(len(masih_terbuka) * BAGIAN_LEWAT_WAKTU)))
	# a review step sends back to an earlier one: a document waiting there or further has been through it
	telaah = [row for row in langkah if row.tidak_setuju_ke]
	bisa_kembali = [i for i, no in enumerate(tujuan) if any(row.tidak_setuju_ke <= no for row in telaah)]
	kembali = {
		i: rng.choice([row.no for row in telaah if row.tidak_setuju_ke <= tujuan[i]])
		for i in sorted(rng.sample(bisa_kembali, min(JUMLAH_DIKEMBALIKAN, len(bisa_kembali))))
	}

	rencana = []
	for i, no in enumerate(tujuan):
		unit = rng.choice(list(INDIKATOR))
		rows, revisi = koreksi(rng, unit)
		r = Rencana(
			agenda=str(AGENDA_AWAL + 3 * i + rng.randint(0, 2)),
			tujuan=no,
			lewat=i in lewat,
			kembali_dari=kembali.get(i),
			unit=unit,
			pengirim=rng.choice(PENGIRIM),
			nomor_surat=rng.randint(120, 980),
			hal=rng.choice(HAL),
			jenis_periode=rng.choice(("Tahunan", "Semester", "Triwulan", "Triwulan")),
			disposisi=rng.choice(DISPOSISI),
			sifat=rng.choice(("Biasa", "Segera", "Segera", "Sangat Segera")),
			lampiran=rng.choice(("-", "1 (satu) berkas", "2 (dua) lembar")),
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
			r.catatan = rng.choice(CATATAN.get(peninjau, CATATAN_UMUM))
		rencana.append(r)
	return rencana


def koreksi(rng: random.Random, unit: str) -> tuple[list[dict], str]:
	"""Two or three corrections of the division's indicators (step 4's output), and the first one's
	figure as it is put right if a reviewer sends it back."""
	rows, revisi = [], None
	for indikator, satuan, rendah, tinggi in rng.sample(INDIKATOR[unit], rng.randint(2, 3)):
		semula = rng.uniform(rendah, tinggi)
		rows.append(
			{
				"indikator_kinerja": indikator,
				"nilai_semula": angka(semula, satuan),
				"nilai_perbaikan": angka(semula * rng.uniform(0.9, 1.12), satuan),
				"satuan": satuan,
				"alasan": rng.choice(ALASAN),
				"sumber_data": rng.choice(SUMBER_DATA).format(SINGKATAN[unit]),
			}
		)
		revisi = revisi or angka(semula * rng.uniform(0.92, 1.1), satuan)
	return rows, revisi


def angka(nilai: float, satuan: str) -> str:
	"""A figure as the office writes it: decimal comma for shares and scores, whole counts otherwise."""
	if satuan in ("%", "nilai", "indeks"):
		return f"{nilai:.2f}".rstrip("0").rstrip(".").replace(".", ",")
	return str(round(nilai))


def jalur(rng: random.Random, langkah: list[frappe._dict], r: Rencana) -> list[Singgah]:
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


def jadwal(r: Rencana, sekarang: datetime) -> list[tuple[datetime, datetime | None]]:
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


def pada_hari_kerja(sekarang: datetime, hari_lalu: int, jam: float) -> datetime:
	"""`jam` o'clock on the working day `hari_lalu` days before `sekarang` (or the one before it)."""
	return datetime.combine(hari_kerja(sekarang.date() - timedelta(days=hari_lalu)), time()) + timedelta(
		hours=jam
	)


def tambah_jam_kerja(t: datetime, detik: float) -> datetime:
	"""`detik` seconds of working time after `t`, by the office's calendar (jam_kerja.py): nights,
	rest breaks, weekends and holidays pass uncounted."""
	return jam_kerja.kalender().tambah_menit(t, detik / 60)


def kurang_jam_kerja(t: datetime, detik: float) -> datetime:
	"""`detik` seconds of working time before `t`."""
	return jam_kerja.kalender().kurang_menit(t, detik / 60)


def hari_kerja(hari: date) -> date:
	"""The working day on or before `hari`."""
	return jam_kerja.kalender().hari_kerja(hari)


# The documents: the story played by the workflow, then dated back


class Jam:
	"""When each move was really made and when the story says it happened; maps one time onto the other.

	A row written during a move (its log line, version, comment, workflow action) keeps its offset
	from the move's start, so the order of everything within a move stays as Frappe wrote it."""

	def __init__(self):
		self.nyata: list[datetime] = []
		self.cerita: list[datetime] = []

	def tandai(self, waktu_cerita: datetime):
		self.nyata.append(now_datetime())
		self.cerita.append(waktu_cerita)

	def geser(self, waktu):
		if not waktu:
			return waktu
		waktu = get_datetime(waktu)
		i = max(bisect.bisect_right(self.nyata, waktu) - 1, 0)
		return self.cerita[i] + (waktu - self.nyata[i])


@contextmanager
def sebagai(user: str):
	previous = frappe.session.user
	frappe.set_user(user)
	try:
		yield
	finally:
		frappe.set_user(previous)


def jalankan(r: Rencana, waktu: list[tuple[datetime, datetime | None]], sekarang: datetime) -> str:
	"""Play the story through the workflow, each move by the user holding its role, then date it back."""
	jam = Jam()
	name = None
	for s, (awal, akhir) in zip(r.singgah, waktu, strict=True):
		user = PENGGUNA[s.langkah.pelaksana].email
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


def saat(s: Singgah, awal: datetime, akhir: datetime, bagian: float) -> datetime:
	"""A moment `bagian` of the way through a stay's time in office hours, never past its end (for the
	stay still open: now)."""
	return min(tambah_jam_kerja(awal, s.detik * bagian), akhir)


def buat_dokumen(r: Rencana, mulai: datetime) -> str:
	"""Step 1 starts: the Kepala Satuan records the incoming letter and the disposition."""
	tanggal = mulai.date()
	surat_tanggal = hari_kerja(tanggal - timedelta(days=r.surat_hari_sebelum))
	periode, tahun = periode_data(r.jenis_periode, tanggal)
	hal = r.hal.format(periode_teks(periode, tahun))
	with sebagai(pembuat_dokumen()):
		doc = frappe.get_doc(
			{
				"doctype": kosakata.DOCTYPE,
				"hal": hal,
				"tanggal": tanggal,
				"tahun": tahun,
				"periode": periode,
				"unit_pengolah": r.unit,
				"surat_dari": r.pengirim[0],
				"surat_nomor": f"{r.pengirim[1]}/{r.nomor_surat}/{r.pengirim[2]}",
				"surat_tanggal": surat_tanggal,
				"surat_perihal": hal,
				"nomor_agenda": r.agenda,
				"tanggal_diterima": min(surat_tanggal + timedelta(days=r.diterima_hari_setelah), tanggal),
				"isi_disposisi": r.disposisi,
				"tanggal_disposisi": tanggal,
			}
		).insert()
	return doc.name


def isian(r: Rencana, s: Singgah) -> dict | None:
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


def nota_dinas(r: Rencana) -> dict:
	"""Step 2's output, by the Sekretaris: the Nota Dinas to the division(s), signed by the Kepala Satuan."""
	kepala = PENGGUNA[kosakata.KEPALA_SATUAN]
	if r.unit == SEKRETARIAT:
		kepada = f"Para Kepala Bidang di lingkungan {SATUAN}"
		unit_kerja = [unit for unit in INDIKATOR if unit != SEKRETARIAT]
	else:
		kepada = f"Kepala {r.unit}"
		unit_kerja = [r.unit]
	return {
		"kepada": kepada,
		"dari": kepala.jabatan,
		"tembusan": f"Sekretaris {SATUAN}",
		"sifat": r.sifat,
		"lampiran": r.lampiran,
		"unit_kerja": [{"unit_kerja": unit} for unit in unit_kerja],
		"isi": (
			f"<p>Menindaklanjuti surat {r.pengirim[0]} perihal perbaikan data kinerja, dengan hormat "
			"kami minta Saudara menyampaikan data dan informasi kinerja beserta data dukungnya paling "
			"lambat 3 (tiga) hari kerja setelah Nota Dinas ini diterima.</p>"
			f"<p>Data disampaikan kepada Sekretaris melalui {RENJA}.</p>"
			"<p>Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.</p>"
		),
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


def mundurkan(name: str, jam: Jam):
	"""Date the document and everything its moves wrote back to the story's times."""
	geser_baris(kosakata.DOCTYPE, {"name": name}, jam, ("creation", "modified", "masuk_langkah"))
	geser_jejak(kosakata.DOCTYPE, name, jam)
	geser_log(name, jam)
	# the public verification page says when it was signed and archived
	geser_baris(
		"Verifikasi Naskah",
		{"reference_doctype": kosakata.DOCTYPE, "reference_name": name},
		jam,
		("creation", "modified", "ditandatangani_pada", "diarsipkan_pada"),
	)
	if arsip := frappe.db.get_value(kosakata.DOCTYPE, name, "arsip"):
		geser_baris("Arsip", {"name": arsip}, jam)
		dibuat = frappe.db.get_value("Arsip", arsip, "creation")
		frappe.db.set_value("Arsip", arsip, "tanggal", getdate(dibuat), update_modified=False)
		geser_jejak("Arsip", arsip, jam)


def geser_baris(doctype: str, filters: dict, jam: Jam, fields: tuple = ("creation", "modified")):
	"""Move the rows' timestamps, and their child rows' with them."""
	tables = [df.options for df in frappe.get_meta(doctype).get_table_fields()]
	for row in frappe.get_all(doctype, filters=filters, fields=["name", *fields], order_by=None):
		frappe.db.set_value(
			doctype, row.name, {f: jam.geser(row[f]) for f in fields if row[f]}, update_modified=False
		)
		for child in tables:
			geser_baris(child, {"parent": row.name, "parenttype": doctype}, jam)


def geser_jejak(doctype: str, name: str, jam: Jam):
	"""What Frappe writes beside a document: versions, comments (the timeline), workflow actions (the
	approval inbox) and attached files."""
	geser_baris("Comment", {"reference_doctype": doctype, "reference_name": name}, jam)
	geser_baris("Workflow Action", {"reference_doctype": doctype, "reference_name": name}, jam)
	geser_baris("File", {"attached_to_doctype": doctype, "attached_to_name": name}, jam)
	waktu = {df.fieldname for df in frappe.get_meta(doctype).fields if df.fieldtype == "Datetime"}
	for row in frappe.get_all(
		"Version", filters={"ref_doctype": doctype, "docname": name}, fields=["name", "creation", "data"]
	):
		data = json.loads(row.data or "{}")
		# a changed Datetime (the moment the document entered its step) is shown on the timeline
		for change in data.get("changed", []):
			if change[0] in waktu:
				change[1:] = [str(jam.geser(value)) if value else value for value in change[1:]]
		for _table, child in data.get("added", []) + data.get("removed", []):
			child.update(
				{key: str(jam.geser(child[key])) for key in ("creation", "modified") if child.get(key)}
			)
		frappe.db.set_value(
			"Version",
			row.name,
			{
				"creation": jam.geser(row.creation),
				"modified": jam.geser(row.creation),
				"data": json.dumps(data, separators=(",", ":")),
			},
			update_modified=False,
		)


def geser_log(name: str, jam: Jam):
	"""The step log at the story's times; time spent and breach computed again as mutu_baku computes them
	when a step is left."""
	for row in frappe.get_all(
		mutu_baku.LOG,
		filters={"reference_doctype": kosakata.DOCTYPE, "reference_name": name},
		fields=["name", "masuk", "keluar", "waktu_baku", "creation"],
	):
		masuk = jam.geser(row.masuk)
		values = {
			"masuk": masuk,
			"creation": jam.geser(row.creation),
			"modified": jam.geser(row.keluar or row.creation),
			"batas_waktu": jam_kerja.batas_waktu(masuk, row.waktu_baku),
		}
		if row.keluar:
			keluar = jam.geser(row.keluar)
			durasi = jam_kerja.detik_kerja(masuk, keluar)
			values.update(
				keluar=keluar,
				durasi=durasi,
				durasi_jam=max(time_diff_in_seconds(keluar, masuk), 0),
				lewat_waktu=bool(row.waktu_baku and durasi > row.waktu_baku * 60),
			)
		frappe.db.set_value(mutu_baku.LOG, row.name, values, update_modified=False)


def sebaran(langkah: list[frappe._dict]) -> list[tuple[str, int, int]]:
	"""The demo's documents per step, and those waiting past the standard there."""
	per_state = dict(
		frappe.get_all(
			kosakata.DOCTYPE,
			filters={"owner": pembuat_dokumen()},
			fields=["workflow_state", "count(*)"],
			group_by="workflow_state",
			as_list=True,
		)
	)
	log = frappe.qb.DocType(mutu_baku.LOG)
	dokumen = frappe.qb.DocType(kosakata.DOCTYPE)
	terlambat = dict(
		frappe.qb.from_(log)
		.join(dokumen)
		.on(dokumen.name == log.reference_name)
		.select(log.workflow_state, Count("*"))
		.where(
			(log.reference_doctype == kosakata.DOCTYPE)
			& log.keluar.isnull()
			& (log.batas_waktu < now_datetime())
			& (dokumen.owner == pembuat_dokumen())
		)
		.groupby(log.workflow_state)
		.run()
	)
	rows = [
		(
			_("Step {0}: {1}").format(row.no, _(row.workflow_state)),
			per_state.get(row.workflow_state, 0),
			terlambat.get(row.workflow_state, 0),
		)
		for row in langkah
	]
	return [*rows, (_(kosakata.DIARSIPKAN), per_state.get(kosakata.DIARSIPKAN, 0), 0)]
