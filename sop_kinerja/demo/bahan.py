"""The demo's material: its office (data/kantor.json) and what its documents say (data/isi_dokumen.json),
read once when the demo is imported, as the types the rest of the demo uses. Plain data: change a word
there, not here."""

import json
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sop_kinerja.naskah import kosakata

DATA = Path(__file__).resolve().parent / "data"
# A reserved domain (RFC 2606): a workflow e-mail to a demo user never reaches a real mailbox, and the
# demo's users never meet the tests' (@sop-kinerja.test)
DOMAIN = "satpolpp-kalbar.example"


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

	@classmethod
	def dari_data(cls, row: dict) -> "Pegawai":
		tahun, bulan = row["diangkat"].split("-")
		return cls(**{**row, "lahir": date.fromisoformat(row["lahir"]), "diangkat": (int(tahun), int(bulan))})

	@property
	def nip(self) -> str:
		"""NIP: birth date, appointment (year, month), sex (1 male, 2 female), serial."""
		tahun, bulan = self.diangkat
		return f"{self.lahir:%Y%m%d}{tahun:04d}{bulan:02d}{1 if self.pria else 2}{self.urut:03d}"

	@property
	def email(self) -> str:
		nama = ".".join(filter(None, (self.nama_depan, self.nama_belakang)))
		return f"{nama.lower().replace(' ', '.')}@{DOMAIN}"


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


# The office
_KANTOR = baca("kantor")
UNIT_KERJA = tuple(UnitKerja(**row) for row in _KANTOR["unit_kerja"])
SINGKATAN = {unit.nama: unit.singkatan for unit in UNIT_KERJA}
PEGAWAI = tuple(Pegawai.dari_data(row) for row in _KANTOR["pegawai"])
USER_PER_ROLE = {pegawai.role: pegawai for pegawai in PEGAWAI if pegawai.role}
if sorted(USER_PER_ROLE) != sorted(kosakata.ROLES):
	raise ValueError(
		f"data/kantor.json: one official per SOP role {kosakata.ROLES}, not {sorted(USER_PER_ROLE)}"
	)
(SATUAN,) = (unit.nama for unit in UNIT_KERJA if not unit.induk)
SEKRETARIAT = USER_PER_ROLE[kosakata.SEKRETARIS].unit_kerja
RENJA = USER_PER_ROLE[kosakata.KASUBBAG].unit_kerja  # the data goes to the Sekretaris through it
LOKASI_SIMPAN = _KANTOR["lokasi_simpan"]

# What the documents are about: the divisions whose data is corrected, their indicators, where the
# figures come from, the incoming letters and what the officials write on them
_ISI = baca("isi_dokumen")
INDIKATOR = {unit: tuple(Indikator(**row) for row in rows) for unit, rows in _ISI["indikator"].items()}
SUMBER_DATA = tuple(_ISI["sumber_data"])
ALASAN = tuple(_ISI["alasan"])
PENGIRIM = tuple(Pengirim(**row) for row in _ISI["pengirim"])
HAL = tuple(_ISI["hal"])
DISPOSISI = tuple(_ISI["disposisi"])
CATATAN = {role: tuple(rows) for role, rows in _ISI["catatan"].items()}  # by the reviewer's role
CATATAN_UMUM = tuple(_ISI["catatan_umum"])
SIFAT = tuple(_ISI["sifat"])
LAMPIRAN = tuple(_ISI["lampiran"])
NOTA_DINAS = _ISI["nota_dinas"]
