"""The demo's material: its two offices (data/kantor.json, data/kesbangpol.json) and what their documents
say (data/isi_dokumen.json, and the second office's own words), read once when the demo is imported, as
the types the rest of the demo uses. Plain data: change a word there, not here."""

import json
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sop_kinerja.naskah import kosakata

DATA = Path(__file__).resolve().parent / "data"


def baca(nama: str) -> dict:
	return json.loads((DATA / f"{nama}.json").read_text(encoding="utf-8"))


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
	domain: str = ""  # of the office's e-mail addresses

	@classmethod
	def dari_data(cls, row: dict, domain: str) -> "Pegawai":
		tahun, bulan = row["diangkat"].split("-")
		return cls(
			**{**row, "lahir": date.fromisoformat(row["lahir"]), "diangkat": (int(tahun), int(bulan))},
			domain=domain,
		)

	@property
	def nip(self) -> str:
		"""NIP: birth date, appointment (year, month), sex (1 male, 2 female), serial."""
		tahun, bulan = self.diangkat
		return f"{self.lahir:%Y%m%d}{tahun:04d}{bulan:02d}{1 if self.pria else 2}{self.urut:03d}"

	@property
	def email(self) -> str:
		nama = ".".join(filter(None, (self.nama_depan, self.nama_belakang)))
		return f"{nama.lower().replace(' ', '.')}@{self.domain}"


class UnitKerja(NamedTuple):
	nama: str
	singkatan: str
	induk: str | None


class Indikator(NamedTuple):
	"""A performance indicator whose figure a document corrects, and its plausible range."""

	nama: str
	satuan: str
	rendah: float
	tinggi: float


class Pengirim(NamedTuple):
	"""Who sends the incoming letter, and the parts of its letter number."""

	nama: str
	kode_klasifikasi: str
	singkatan: str


class Isi(NamedTuple):
	"""What an office's documents say: the divisions whose data is corrected and their indicators (and
	the other office's units a division's Nota Dinas asks as well), where the figures come from, the
	incoming letters and what the officials write on them."""

	indikator: dict[str, tuple[Indikator, ...]]
	juga_diminta: dict[str, list[str]]
	sumber_data: tuple[str, ...]
	alasan: tuple[str, ...]
	pengirim: tuple[Pengirim, ...]
	hal: tuple[str, ...]
	disposisi: tuple[str, ...]
	catatan: dict[str, tuple[str, ...]]  # by the reviewer's role
	catatan_umum: tuple[str, ...]
	sifat: tuple[str, ...]
	lampiran: tuple[str, ...]
	nota_dinas: dict[str, str | list[str]]

	@classmethod
	def dari_data(cls, isi: dict) -> "Isi":
		return cls(
			indikator={
				unit: tuple(Indikator(**row) for row in rows) for unit, rows in isi["indikator"].items()
			},
			juga_diminta=isi.get("juga_diminta", {}),
			sumber_data=tuple(isi["sumber_data"]),
			alasan=tuple(isi["alasan"]),
			pengirim=tuple(Pengirim(**row) for row in isi["pengirim"]),
			hal=tuple(isi["hal"]),
			disposisi=tuple(isi["disposisi"]),
			catatan={role: tuple(rows) for role, rows in isi["catatan"].items()},
			catatan_umum=tuple(isi["catatan_umum"]),
			sifat=tuple(isi["sifat"]),
			lampiran=tuple(isi["lampiran"]),
			nota_dinas=isi["nota_dinas"],
		)


class Rencana(NamedTuple):
	"""How many documents the office plays, drawn from its seed (rencana.py)."""

	seed: int
	jumlah: int
	diarsipkan: int
	dikembalikan: int
	agenda_awal: int  # the first nomor agenda of its incoming letters


class Kantor(NamedTuple):
	"""An office of the demo: a perangkat daerah, its divisions (Unit Kerja, the one without induk at the
	top), its kop values, its officials and one user per SOP role, scoped to its own units."""

	unit_kerja: tuple[UnitKerja, ...]
	kop: dict[str, str]  # Unit Kerja values (kop surat, kode_unit) its units get where blank
	pegawai: tuple[Pegawai, ...]
	rencana: Rencana
	lokasi_simpan: str | None  # where the Arsip is kept, the site's setting: the first office's
	isi: Isi

	@classmethod
	def dari_data(cls, nama: str, isi: dict) -> "Kantor":
		data = baca(nama)
		kantor = cls(
			unit_kerja=tuple(UnitKerja(**row) for row in data["unit_kerja"]),
			kop=data["kop"],
			pegawai=tuple(Pegawai.dari_data(row, data["domain"]) for row in data["pegawai"]),
			rencana=Rencana(**data["rencana"]),
			lokasi_simpan=data.get("lokasi_simpan"),
			isi=Isi.dari_data({**isi, **data.get("isi", {})}),
		)
		if sorted(kantor.user_per_role) != sorted(kosakata.ROLES):
			raise ValueError(
				f"data/{nama}.json: one official per SOP role {kosakata.ROLES}, not {sorted(kantor.user_per_role)}"
			)
		return kantor

	@property
	def satuan(self) -> str:
		"""The office itself: its one unit without induk."""
		(nama,) = (unit.nama for unit in self.unit_kerja if not unit.induk)
		return nama

	@property
	def semua_unit(self) -> list[str]:
		return [unit.nama for unit in self.unit_kerja]

	@property
	def user_per_role(self) -> dict[str, Pegawai]:
		return {pegawai.role: pegawai for pegawai in self.pegawai if pegawai.role}

	@property
	def sekretariat(self) -> str:
		return self.user_per_role[kosakata.SEKRETARIS].unit_kerja

	@property
	def renja(self) -> str:
		"""The subdivision the data goes to the Sekretaris through: the Kasubbag's."""
		return self.user_per_role[kosakata.KASUBBAG].unit_kerja

	@property
	def kepala(self) -> Pegawai:
		return self.user_per_role[kosakata.KEPALA_SATUAN]


# Satpol PP Kalimantan Barat, whose SOP the demo runs, and a second perangkat daerah of the province
# on the same site, its people scoped to its own units
_ISI = baca("isi_dokumen")
KANTOR = (Kantor.dari_data("kantor", _ISI), Kantor.dari_data("kesbangpol", _ISI))
UTAMA = KANTOR[0]
SINGKATAN = {unit.nama: unit.singkatan for kantor in KANTOR for unit in kantor.unit_kerja}
# the first office's, by the names the app's test reads; its users' domain is a reserved one (RFC 2606):
# a workflow e-mail to a demo user never reaches a real mailbox, and the demo's users never meet the
# tests' (@sop-kinerja.test)
DOMAIN = UTAMA.pegawai[0].domain
PEGAWAI = UTAMA.pegawai
USER_PER_ROLE = UTAMA.user_per_role
SATUAN = UTAMA.satuan
