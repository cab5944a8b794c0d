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

The package, by what each part is:
- data/*.json: the office (units, officials with their NIP parts) and what the documents say, read once
  by bahan.py;
- kantor.py: the office on the site (settings, Unit Kerja, Pejabat, users);
- rencana.py: each document's story, drawn from the seed; jadwal.py: its times, in working time;
- dokumen.py: the story played by the workflow; mundur.py: everything it wrote dated back;
- perintah.py: the command itself, in order, and what it prints.

The demo may import anything of the app (it runs the engine as a user would); nothing of the app
imports it but commands.py and its test (tests/test_demo.py), which use the names below.
"""

from sop_kinerja.demo.bahan import DOMAIN, PEGAWAI, SATUAN, USER_PER_ROLE
from sop_kinerja.demo.kantor import BAHASA, buat_user, dokumen_lain, email_user, pembuat_dokumen
from sop_kinerja.demo.perintah import HasilDemo, RealDocumentsPresentError, buat_kantor_demo
from sop_kinerja.demo.rencana import (
	BAGIAN_LEWAT_WAKTU,
	JUMLAH_DIARSIPKAN,
	JUMLAH_DIKEMBALIKAN,
	JUMLAH_DOKUMEN,
	MINGGU,
	SEED,
	langkah_sop,
)

__all__ = [
	"BAGIAN_LEWAT_WAKTU",
	"BAHASA",
	"DOMAIN",
	"JUMLAH_DIARSIPKAN",
	"JUMLAH_DIKEMBALIKAN",
	"JUMLAH_DOKUMEN",
	"MINGGU",
	"PEGAWAI",
	"SATUAN",
	"SEED",
	"USER_PER_ROLE",
	"HasilDemo",
	"RealDocumentsPresentError",
	"buat_kantor_demo",
	"buat_user",
	"dokumen_lain",
	"email_user",
	"langkah_sop",
	"pembuat_dokumen",
]
