"""Plain text already OCR'd, and what the wording of a step says about who acts.

A sheet's text without its layout still says much: a step "memerintahkan X", "menyampaikan ...
kepada X" or has it "diserahkan kepada X", so X acts at the next step; a decision's draft is
"dikembalikan kepada X", so it returns to X's latest earlier step. Names in the text often differ from
the column headers ("Kabag" for the Sekretaris): a name is matched by its words, else by its rank
in the civil service's ladder. Every actor found this way is marked as inferred.
"""

import re

from sop_kinerja.impor.formulir import DAFTAR, butir, kosong_jadi_none
from sop_kinerja.impor.lembar import Langkah, Lembar, rapikan
from sop_kinerja.impor.waktu import MENIT_PER_HARI, baca_waktu
from sop_kinerja.impor.waktu import POLA as POLA_WAKTU
from sop_kinerja.kata import KATA_SAMBUNG

# the first word of a post's name, and its rank: 1 heads the unit, 4 carries out
JABATAN = {
	"kepala": 1,
	"kasat": 1,
	"kadis": 1,
	"kaban": 1,
	"sekretaris": 2,
	"sekdis": 2,
	"kabag": 2,
	"kabid": 2,
	"kasubbag": 3,
	"kasubag": 3,
	"kasubbid": 3,
	"kasi": 3,
	"pelaksana": 4,
	"staf": 4,
	"arsiparis": 4,
	"bendahara": 4,
	"analis": 4,
	"pengadministrasi": 4,
	"pengelola": 4,
	"operator": 4,
	"petugas": 4,
}
_SEBUTAN_PANJANG = {
	"kepala bagian": "kabag",
	"kepala bidang": "kabid",
	"kepala sub bagian": "kasubbag",
	"kepala subbagian": "kasubbag",
	"kepala seksi": "kasi",
}

_SERAH = re.compile(
	r"\b(?:memerintahkan|menugaskan|mendisposisikan|kepada)\s+(?P<nama>[A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*){0,4})",
	re.IGNORECASE,
)
_HENTI = re.compile(
	r"\s+(?:untuk|agar|guna|supaya|membuat|menghimpun|mengarsipkan|dalam|yang|jika|kemudian|lalu|dan\s+di\w+)\b.*$",
	re.IGNORECASE,
)
_KEMBALI = re.compile(
	r"\bdikembalikan\s+(?:lagi\s+)?kepada\s+(?P<nama>[A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*){0,4})", re.I
)
_KE_LANGKAH = re.compile(
	r"\b(?:kembali|dikembalikan)\b[^.]{0,40}?\bke\s+(?:langkah|kegiatan|no\.?|nomor)\s*(\d{1,2})", re.I
)


def _norm(teks: str) -> str:
	return re.sub(r"[^a-z0-9]+", " ", teks.lower()).strip()


def _kepala_nama(nama: str) -> str | None:
	kunci = _norm(nama)
	for panjang, pendek in _SEBUTAN_PANJANG.items():
		if kunci.startswith(panjang):
			return pendek
	kata = kunci.split()
	return kata[0] if kata and kata[0] in JABATAN else None


def cocokkan(nama: str, kolom: list[str]) -> tuple[str | None, bool]:
	"""The actor column a name in the text means, and whether that is certain."""
	kunci = _norm(nama)
	for k in kolom:
		if _norm(k) == kunci:
			return k, True
	kata = set(kunci.split()) - KATA_SAMBUNG
	for k in kolom:
		kk = set(_norm(k).split()) - KATA_SAMBUNG
		if kata and (kata <= kk or kk <= kata):
			return k, False
	kepala = _kepala_nama(nama)
	if kepala:
		sama = [k for k in kolom if _kepala_nama(k) == kepala]
		if len(sama) == 1:
			return sama[0], False
		pangkat = [k for k in kolom if _kepala_nama(k) and JABATAN[_kepala_nama(k)] == JABATAN[kepala]]
		if len(pangkat) == 1 and not sama:
			return pangkat[0], False
	return None, False


def _nama_tujuan(kalimat: str, pola=_SERAH) -> list[str]:
	return [_HENTI.sub("", m["nama"]).strip(" ,.;") for m in pola.finditer(kalimat)]


def _bagian_setuju(kegiatan: str) -> str:
	"""Of a decision's text, the part that goes on: drop "jika tidak ... dikembalikan kepada X"."""
	return _KEMBALI.sub(" ", kegiatan)


def lengkapi_pelaksana(lembar: Lembar):
	"""Steps with no actor from the layout: the step before handed them on by name."""
	kolom = lembar.pelaksana
	for i, langkah in enumerate(lembar.langkah):
		if langkah.pelaksana:
			continue
		if i == 0:
			if kolom:
				langkah.pelaksana = kolom[0]
				langkah.ragu("pelaksana", "The actor was taken as the first column: check it.")
			continue
		sebelum = lembar.langkah[i - 1]
		for nama in reversed(_nama_tujuan(_bagian_setuju(sebelum.kegiatan))):
			cocok, _pasti = cocokkan(nama, kolom)
			if cocok:
				langkah.pelaksana = cocok
				langkah.ragu(
					"pelaksana",
					"The actor {0} was inferred from step {1}'s text: {2}.",
					cocok,
					sebelum.no,
					nama,
				)
				break
		else:
			langkah.ragu("pelaksana", "The actor could not be found: choose one.")


def tujuan_dari_teks(lembar: Lembar, langkah: Langkah):
	"""A decision's return step from its words: "kembali ke langkah N", or back to X's latest step."""
	teks = f"{langkah.kegiatan} {langkah.keterangan or ''}"
	m = _KE_LANGKAH.search(teks)
	if m:
		langkah.jika_tidak_ke = int(m[1])
		langkah.ragu("keputusan", "The return step {0} was read from the text.", langkah.jika_tidak_ke)
		return
	for nama in _nama_tujuan(teks, _KEMBALI):
		cocok, _pasti = cocokkan(nama, lembar.pelaksana)
		sebelumnya = [s for s in lembar.langkah if s.no < langkah.no and cocok and s.pelaksana == cocok]
		if sebelumnya:
			langkah.jika_tidak_ke = sebelumnya[-1].no
			langkah.ragu(
				"keputusan",
				"The return step {0} was inferred from the text: dikembalikan kepada {1}.",
				langkah.jika_tidak_ke,
				nama,
			)
			return
	langkah.ragu("keputusan", "This decision's return step could not be found: set it.")


# --- a sheet's OCR text --------------------------------------------------------------------------

_AWAL_LANGKAH = re.compile(r"^\s*(\d{1,2})\s*[|\[\]({lI!]?\s*(?=[A-Za-z])(.*)$")
_KATA_KERJA = re.compile(r"^(?:Me|Di|Ber|Ter)[a-z]{3,}")
_KEPALA_TABEL = re.compile(r"kelengkapan|waktu|output", re.I)


def baca_teks(isi: str, berkas: str, menit_per_hari: int = MENIT_PER_HARI) -> Lembar:
	lembar = Lembar(berkas=berkas)
	baris = [b.rstrip() for b in isi.splitlines()]
	kepala = next((i for i, b in enumerate(baris) if len(_KEPALA_TABEL.findall(b)) >= 2), None)
	if kepala is None:
		lembar.ragu("No flowchart table header (Kelengkapan, Waktu, Output) was found in the text.")
		_identitas_teks(lembar, baris)
		_nama_nomor_teks(lembar, baris)
		return lembar
	# the identity block ends where the flowchart's title or the header's "Pelaksana ... Mutu Baku" begins
	awal_bagan = next(
		(
			i
			for i in range(max(0, kepala - 8), kepala)
			if re.match(r"^\s*SOP\b", baris[i]) or re.search(r"pelaksana.*mutu", baris[i], re.I)
		),
		kepala,
	)
	_identitas_teks(lembar, baris[:awal_bagan])
	_nama_nomor_teks(lembar, baris[:kepala])
	mulai = _awal_langkah(baris, kepala + 1)
	blok_kepala = baris[max(0, kepala - 3) : mulai[0][0] if mulai else kepala + 1]
	isi_langkah = " ".join(baris[mulai[0][0] :]) if mulai else ""
	lembar.pelaksana = _pelaksana_kepala(blok_kepala, baris[kepala], isi_langkah)
	judul = [b for b in baris[max(0, kepala - 6) : kepala] if re.match(r"^\s*SOP\b", b)]
	if judul and not lembar.nama_sop:
		lembar.nama_sop = rapikan(re.sub(r"^\s*SOP\s*:?\s*", "", judul[-1]))
	for n, (i, no, ditebak) in enumerate(mulai):
		akhir = mulai[n + 1][0] if n + 1 < len(mulai) else len(baris)
		langkah = _langkah_teks(no, baris[i:akhir], menit_per_hari)
		if ditebak:
			langkah.ragu("no", "The step number was missing from the text: taken as {0}.", no)
		lembar.langkah.append(langkah)
	lengkapi_pelaksana(lembar)
	for langkah in lembar.langkah:
		if _KEMBALI.search(langkah.kegiatan) or re.search(r"\bjika\s+tidak\b", langkah.kegiatan, re.I):
			langkah.keputusan = True
			tujuan_dari_teks(lembar, langkah)
	return lembar


def _awal_langkah(baris: list[str], dari: int) -> list[tuple[int, int, bool]]:
	"""Where each step starts: a numbered line, or (for a number OCR lost) a verb after a blank line."""
	hasil: list[tuple[int, int, bool]] = []
	berikut = 1
	i = dari
	while i < len(baris):
		m = _AWAL_LANGKAH.match(baris[i])
		if m and int(m[1]) == berikut:
			hasil.append((i, berikut, False))
			berikut += 1
		elif m and int(m[1]) == berikut + 1 and hasil:
			# a number was lost: its step starts at the first verb after a blank line since the last step
			for j in range(hasil[-1][0] + 1, i):
				if not baris[j - 1].strip() and _KATA_KERJA.match(baris[j].strip()):
					hasil.append((j, berikut, True))
					break
			hasil.append((i, berikut + 1, False))
			berikut += 2
		i += 1
	return hasil


def _langkah_teks(no: int, baris: list[str], menit_per_hari: int) -> Langkah:
	teks = " ".join(b.strip() for b in baris if b.strip())
	teks = _AWAL_LANGKAH.sub(r"\2", teks, count=1) if _AWAL_LANGKAH.match(teks) else teks
	m = POLA_WAKTU.search(teks)
	waktu = baca_waktu(m[0] if m else None, menit_per_hari)
	langkah = Langkah(no=no)
	langkah.waktu, langkah.waktu_teks = waktu.menit, waktu.teks
	if waktu.ragu:
		langkah.ragu("waktu", *waktu.ragu)
	if not m:
		langkah.ragu("waktu", "No time was found in this step's text.")
	# without the layout the columns' words run together with the activity: keep them, drop the rules
	kegiatan = re.sub(r"[|\[\]]", " ", teks)
	if m:
		kegiatan = kegiatan.replace(m[0], " ")
	langkah.kegiatan = rapikan(kegiatan) or ""
	langkah.ragu("kegiatan", "Read from plain text: the activity may hold words of other columns.")
	return langkah


def _pelaksana_kepala(blok: list[str], utama: str, isi: str) -> list[str]:
	"""The actor columns from the header's words: each begins with a post's first word (OCR slips
	mended), is completed by the longest name the steps' text uses for it, and keeps the header's order."""
	kata_blok = [w for b in blok for w in re.findall(r"[A-Za-z]+", b)]
	pos_utama = {w.lower(): i for i, w in enumerate(re.findall(r"[A-Za-z]+", utama))}
	nama_teks = [m["nama"] for m in re.finditer(r"(?P<nama>[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,4})", isi)]
	nama_teks += _nama_tujuan(isi) + _nama_tujuan(isi, _KEMBALI)
	kolom: list[tuple[float, str]] = []
	for baris in blok:
		for w in re.findall(r"[A-Za-z]+", baris):
			jabatan = _eja_jabatan(w)
			if not jabatan or (jabatan == "pelaksana" and re.search(r"mutu", baris, re.I)):
				continue
			if any(_kepala_nama(n) == jabatan for _, n in kolom):
				continue
			nama = _nama_lengkap(jabatan, kata_blok, nama_teks)
			lain = [pos_utama[x.lower()] for x in nama.split()[1:] if x.lower() in pos_utama]
			tempat = pos_utama.get(w.lower(), min(lain, default=len(pos_utama) + len(kolom)))
			kolom.append((tempat, nama))
	return [n for _, n in sorted(kolom, key=lambda k: k[0])]


def _eja_jabatan(kata: str) -> str | None:
	"""A header word as the post it names, forgiving one OCR slip or a lost last letter."""
	w = kata.lower()
	if len(w) < 4:
		return None
	for j in JABATAN:
		if w == j or (len(w) >= 5 and (_beda_satu(w, j) or (j.startswith(w) and len(j) - len(w) <= 1))):
			return j
	return None


def _beda_satu(a: str, b: str) -> bool:
	if abs(len(a) - len(b)) > 1:
		return False
	if len(a) == len(b):
		return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
	pendek, panjang = sorted((a, b), key=len)
	return any(panjang[:i] + panjang[i + 1 :] == pendek for i in range(len(panjang)))


def _nama_lengkap(jabatan: str, kata_blok: list[str], nama_teks: list[str]) -> str:
	blok = {w.lower() for w in kata_blok} | {"dan"}
	terbaik = jabatan.capitalize()
	for nama in nama_teks:
		kata = nama.split()
		if not kata or _eja_jabatan(kata[0]) != jabatan:
			continue
		# the longest run of the name's words that the header also shows (OCR slips forgiven)
		n = 1
		while n < len(kata) and any(
			kata[n].lower() == b or (len(b) >= 3 and _beda_satu(kata[n].lower(), b)) for b in blok
		):
			n += 1
		if n > len(terbaik.split()):
			terbaik = " ".join([kata[0].capitalize(), *kata[1:n]])
	return " ".join(w.lower() if w.lower() in KATA_SAMBUNG else w for w in terbaik.split())


def _identitas_teks(lembar: Lembar, baris: list[str]):
	"""The identity block's lists from text. The block has two columns, which OCR writes in one of two
	ways: both headings on one line, their items side by side on the lines below ("1. SOP ... 1. Alat
	Tulis Kantor"); or one heading under the other, then the first column's items, then the second's.
	Each list is flagged for the reviewer all the same."""

	judul = []  # (line, key): each heading where it stands
	for i, b in enumerate(baris):
		for kunci, pola in DAFTAR.items():
			m = re.search(rf"\b(?:{pola.replace(' ', '[ /]+')})\b", b, re.I)
			if m and kunci not in [k for _, k, _ in judul]:
				judul.append((i, kunci, m.start()))
	judul.sort()
	n = 0
	while n < len(judul):
		i = judul[n][0]
		sebaris = [j for j in judul[n:] if j[0] == i]
		kosong = n + len(sebaris) < len(judul) and not any(
			x.strip() for x in baris[i + 1 : judul[n + len(sebaris)][0]]
		)
		if len(sebaris) == 1 and kosong and n + 1 < len(judul):
			kelompok = [judul[n], judul[n + 1]]  # one heading under the other
			akhir_kelompok = judul[n + 2][0] if n + 2 < len(judul) else len(baris)
			mulai = judul[n + 1][0] + 1
			bagian = _dua_bagian(baris[mulai:akhir_kelompok])
		else:
			kelompok = sebaris
			akhir_kelompok = judul[n + len(sebaris)][0] if n + len(sebaris) < len(judul) else len(baris)
			isi = baris[i + 1 : akhir_kelompok]
			bagian = [[], []]
			for b in isi:
				kiri, kanan = b, ""
				if len(kelompok) > 1:  # side by side: the right column's items start at their own number
					kiri, *lain = re.split(r"\s(?=\d{1,2}\.\s)", b.strip(), maxsplit=1)
					kanan = lain[0] if lain else ""
				bagian[0].append(kiri)
				bagian[1].append(kanan)
		for (_, kunci, _), lines in zip(kelompok, bagian, strict=False):
			_simpan_daftar(lembar, kunci, lines)
		n += len(kelompok)


def _dua_bagian(lines: list[str]) -> list[list[str]]:
	"""Two columns written one after the other: where the numbering starts again at 1, or, unnumbered,
	at the first blank line after text."""
	nomor = [i for i, b in enumerate(lines) if re.match(r"\s*1[.)]\s", b)]
	if len(nomor) >= 2:
		return [lines[: nomor[1]], lines[nomor[1] :]]
	for i, b in enumerate(lines):
		if not b.strip() and any(x.strip() for x in lines[:i]):
			return [lines[:i], lines[i:]]
	return [lines, []]


def _simpan_daftar(lembar: Lembar, kunci: str, lines: list[str]):

	lines = [b.strip() for b in lines if b.strip()]
	if kunci == "peringatan":
		lembar.identitas["peringatan"] = kosong_jadi_none(rapikan(" ".join(lines)))
	elif lines and not any(re.match(r"\d{1,2}[.)]\s", b) for b in lines):
		# an unnumbered list on one line: "Buku Agenda, Nota Dinas"
		lembar.identitas[kunci] = [x for x in (rapikan(p) for p in re.split(r"[,;]", " ".join(lines))) if x]
	else:
		lembar.identitas[kunci] = butir(lines)
	if lines:
		lembar.ragu("The list {0} was read from plain text, where columns may mix: check it.", kunci)


def _nama_nomor_teks(lembar: Lembar, baris: list[str]):
	for kunci, label in (("nama_sop", "Nama SOP"), ("nomor_sop", "Nomor SOP")):
		m = re.search(rf"{label}\s*:?\s*(\S.*)", "\n".join(baris))
		if m:
			setattr(lembar, kunci, rapikan(m[1]))
