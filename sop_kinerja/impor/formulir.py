"""The words of the Permenpan-RB 35/2012 SOP AP form that every reader looks for, and the cell rules.

The flowchart table's column headers (`KOLOM`), the identity block's labels (`LABEL`) and list cells
(`DAFTAR`), as regular expressions over lower-case words; how a step's number, a list cell and an
empty cell are written. Shared by the layout analysis (`tata_letak`) and the readers.
"""

import re

from sop_kinerja.impor.lembar import rapikan

# the flowchart's symbols (Permenpan-RB 35/2012): what a reader found in an actor's column
PROSES, KEPUTUSAN, TERMINATOR = "proses", "keputusan", "terminator"
KONEKTOR = "konektor"  # a small circle or pentagon that carries the chart over to another page: no step
# a sheet typed without drawing tools puts the symbols in the cells as characters
HURUF_SIMBOL = {
	**dict.fromkeys("▭□▢■▯◻◼", PROSES),
	**dict.fromkeys("◇◊♦◆⬦⬥", KEPUTUSAN),
	**dict.fromkeys("⬭⬬⬯○◯●", TERMINATOR),
}


def simbol_huruf(teks: str) -> str | None:
	"""The symbol a cell's character stands for ("▭" a process, "◇" a decision), if the word is one."""
	teks = teks.strip()
	return HURUF_SIMBOL.get(teks) if len(teks) == 1 else None


# "Tidak → 3", "Ya: 7", "Tidak ke 2": a decision's way written beside its symbol
ARAH_TEKS = re.compile(r"\b(ya|tidak)\s*(?:→|->|=>|:|ke(?:\s+langkah)?)\s*(\d{1,2})\b", re.IGNORECASE)


def arah_tertulis(teks: str, langkah):
	"""A decision's ways written beside its symbol instead of drawn: "Tidak" to its step (back, next or
	on), a "Ya" that skips the next step (`jika_ya_ke`)."""
	for arah, ke in ARAH_TEKS.findall(teks):
		ke = int(ke)
		if ke == langkah.no:
			continue
		langkah.keputusan = True
		if arah.lower() == "tidak":
			langkah.jika_tidak_ke = ke
		elif ke != langkah.no + 1:
			langkah.jika_ya_ke = ke


BELUM_TERBACA = "#?"  # a scan's No cell that holds something no reading made a number of

KOLOM = {
	"no": r"no|nomor|no urut",
	# "Aktivitas/Kegiatan": two names of the column in one heading
	"kegiatan": r"kegiatan|uraian kegiatan|uraian prosedur|(?:aktivitas|aktifitas)(?: kegiatan)?|uraian aktivitas|uraian",
	"pelaksana": r"pelaksana",
	"kelengkapan": r"kelengkapan|kelengkapa\w|persyaratan kelengkapan|persyaratan|syarat",  # OCR: "Kelengkapar"
	"waktu": r"waktu|wakt",  # "WAKT" over "U" in a narrow column, its last letter unread
	"output": r"(?:output|keluaran|hasil)(?: (?:output|keluaran|hasil))?",  # "Output/ Hasil"
	"keterangan": r"keterangan|ket",
}

LABEL = {
	"nomor_sop": r"nomor sop|no sop|nomor",
	"tanggal_pembuatan": r"tanggal pembuatan|tgl pembuatan",
	"tanggal_revisi": r"tanggal revisi|tgl revisi",
	"tanggal_efektif": r"tanggal efektif|tgl efektif",
	"disahkan": r"disahkan oleh|disahkan",
	"nama_sop": r"nama sop|judul sop|nama prosedur|nama so",  # "Nama SO!": OCR's last letter
}
DAFTAR = {
	"dasar_hukum": r"dasar hukum",
	"kualifikasi_pelaksana": r"kualifikasi pelaksana(?:an)?|kualifikasi pendidikan|kualifikasi",
	"keterkaitan": r"keterkaitan",
	"peralatan": r"peralatan perlengkapan|peralatan dan perlengkapan|peralatan kelengkapan|peralatan|perlengkapan",
	"peringatan": r"peringatan",
	"pencatatan": r"pencatatan(?: dan)? pendataan|pencatatan",
}
NOMOR_BUTIR = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+|^\s*[-•▪·●]\s+")


def nomor(teks: str) -> int | None:
	if teks == BELUM_TERBACA:
		return -1  # a row whose number its place will give
	m = re.fullmatch(r"(\d{1,2})[.)]?", teks.strip())
	return int(m[1]) if m and 0 < int(m[1]) < 100 else None


def butir(lines: list[str]) -> list[str]:
	"""List items from lines: a numbered or bulleted line starts an item, other lines continue it."""
	items: list[str] = []
	bernomor = any(NOMOR_BUTIR.match(t) for t in lines)
	for t in lines:
		if not t.strip():
			continue
		if not bernomor or NOMOR_BUTIR.match(t) or not items:
			items.append(NOMOR_BUTIR.sub("", t, count=1))
		else:
			items[-1] = items[-1] + " " + t
	items = [x for x in (rapikan(i) for i in items) if x]  # as printed, a closing ";" too
	return [] if [kosong_jadi_none(x) for x in items] == [None] else items


def peringatan(lines: list[str]) -> str | None:
	"""The Peringatan cell as one text: its items run on, without their numbers or bullets."""
	return kosong_jadi_none(rapikan(" ".join(NOMOR_BUTIR.sub("", t, count=1) for t in lines)))


def kosong_jadi_none(teks: str | None) -> str | None:
	"""A cell that says it is empty ("-", "Tidak ada") is empty."""
	return None if not teks or re.fullmatch(r"[-–—.]+|tidak ada|nihil", teks.strip(), re.I) else teks
