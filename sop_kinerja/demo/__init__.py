"""A demo office to click through: `bench --site SITE sop-kinerja-demo [--force]`.

It makes Satpol PP Kalbar's divisions (Unit Kerja) and officials (Pejabat), one user per SOP role, and
about thirty Perbaikan Data Kinerja at every step of the SOP record: some waiting past their step's
mutu baku, some sent back once with a note, some archived. Beside it, on the same site, a second
perangkat daerah of the province (Badan Kesatuan Bangsa dan Politik) with its own divisions, kop, Nota
Dinas code, officials, five users on the same Roles and a few documents of its own. Each office's users
are scoped to its units by User Permissions on Unit Kerja, as a Frappe admin scopes people, so a visitor
signed in as one office's Sekretaris sees that office's documents and notices alone. Every document
moves by the real workflow, each move made by its office's user who holds its role, so the step log,
the timeline, the versions and the Arsip are what the app itself writes. The moves take seconds; the demo then dates each one back to when
its story says it happened (the past six weeks, mostly within each step's standard), so the number
cards, the report "Waktu per Langkah" and the forms show figures an office could have.

A second run leaves the same office: whatever exists is kept (each document is recognised by its
creator, its office's Kepala, and its nomor agenda), and only the users' passwords are new, since
a password can be printed only when it is set. A site with Perbaikan Data Kinerja of its own is refused
unless forced, so demo documents never mix with real ones by accident.

The package, by what each part is:
- data/*.json: the offices (units, kop, officials with their NIP parts, how many documents) and what the
  documents say, read once by bahan.py;
- kantor.py: the offices on the site (settings, Unit Kerja, Pejabat, users and their User Permissions);
- rencana.py: each document's story, drawn from the seed; jadwal.py: its times, in working time;
- dokumen.py: the story played by the workflow; mundur.py: everything it wrote dated back;
- perintah.py: the command itself, in order, and what it prints.

The demo may import anything of the app (it runs the engine as a user would); nothing of the app
imports it but commands.py and its test (tests/test_demo.py), which use the names below.
"""

from sop_kinerja.demo.bahan import DOMAIN, KANTOR, PEGAWAI, SATUAN, USER_PER_ROLE, Kantor
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
	"KANTOR",
	"MINGGU",
	"PEGAWAI",
	"SATUAN",
	"SEED",
	"USER_PER_ROLE",
	"HasilDemo",
	"Kantor",
	"RealDocumentsPresentError",
	"buat_kantor_demo",
	"buat_user",
	"dokumen_lain",
	"email_user",
	"langkah_sop",
	"pembuat_dokumen",
]
