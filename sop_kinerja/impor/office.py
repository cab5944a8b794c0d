"""DOCX and XLSX sheets, the two formats SOP AP sheets are authored in: a grid of cells, with the
flowchart symbols as shapes anchored in the actor's cell.

The grid is turned into rows of cell texts; the flowchart table is the one whose header says
"Kegiatan" and "Pelaksana". A shape's preset geometry names its symbol (`flowChartDecision` is a
decision). A connector's far end is not traced here: a decision's return step is read from its text
("kembali ke langkah 4", or "dikembalikan kepada X") and flagged.
"""

import io
import re
import zipfile
from xml.etree import ElementTree

from sop_kinerja.impor import teks as teks_sop
from sop_kinerja.impor.formulir import (
	DAFTAR,
	KOLOM,
	LABEL,
	PROSES,
	TERMINATOR,
	arah_tertulis,
	butir,
	kosong_jadi_none,
	nomor,
	peringatan,
	simbol_huruf,
)
from sop_kinerja.impor.formulir import KEPUTUSAN as SIMBOL_KEPUTUSAN
from sop_kinerja.impor.lembar import Langkah, Lembar, rapikan
from sop_kinerja.impor.waktu import baca_waktu, satuan_kolom

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
KEPUTUSAN = ("flowChartDecision", "diamond")


def simbol(prst: str | None) -> bool:
	"""A shape that is a step's symbol, not a connector, arrow or line drawn between them."""
	prst = prst or ""
	return not any(w in prst.lower() for w in ("connector", "line", "arrow")) and (
		prst.startswith("flowChart") or prst in ("rect", "roundRect", "diamond", "ellipse")
	)


def baca(nama: str, isi: bytes, jenis: str, menit_per_hari: int) -> Lembar:
	from sop_kinerja.impor.word import grid_docx

	grid, bentuk, gambar = (grid_docx if jenis == "docx" else _xlsx)(isi)
	return susun_grid(nama, grid, bentuk, gambar, menit_per_hari)


def _norm(teks) -> str:
	return re.sub(r"[^a-z0-9]+", " ", str(teks or "").lower()).strip()


# --- XLSX ------------------------------------------------------------------------------------------


def _xlsx(isi: bytes):
	import openpyxl

	buku = openpyxl.load_workbook(io.BytesIO(isi), data_only=True)
	grid, bentuk, gambar = [], {}, {}
	with zipfile.ZipFile(io.BytesIO(isi)) as z:
		for t, ws in enumerate(buku.worksheets):
			rows = []
			for row in ws.iter_rows(min_row=1, min_col=1, values_only=True):
				rows.append(["" if v is None else str(v) for v in row])
			# merged cells: the value stands in every cell of its range, as a reader sees it
			for rentang in ws.merged_cells.ranges:
				nilai = rows[rentang.min_row - 1][rentang.min_col - 1] if rows else ""
				for r in range(rentang.min_row, rentang.max_row + 1):
					for c in range(rentang.min_col, rentang.max_col + 1):
						if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
							rows[r - 1][c - 1] = nilai
			grid.append(rows)
			for r, c, prst, bingkai, teks in _bentuk_xlsx(z, t):
				if not teks:
					bentuk.setdefault((t, r), []).append((c, prst))
				gambar.setdefault(t, []).append((r, c, prst, bingkai, teks))
	return grid, bentuk, gambar


def _bentuk_xlsx(z: zipfile.ZipFile, t: int):
	"""Shapes anchored on sheet number t: (row, column) of the cell under the shape's centre, its
	geometry, and where it is drawn (points, from the shape's own frame, when it has one)."""
	rels = f"xl/worksheets/_rels/sheet{t + 1}.xml.rels"
	if rels not in z.namelist():
		return
	for rel in ElementTree.fromstring(z.read(rels)).iter(f"{REL}Relationship"):
		if not rel.get("Type", "").endswith("/drawing"):
			continue
		path = "xl/" + rel.get("Target").replace("../", "")
		if path not in z.namelist():
			continue
		for anchor in ElementTree.fromstring(z.read(path)):
			geom = anchor.find(f".//{A}prstGeom")
			awal, akhir = anchor.find(f"{XDR}from"), anchor.find(f"{XDR}to")
			if geom is None or awal is None:
				continue
			r0, c0 = int(awal.findtext(f"{XDR}row")), int(awal.findtext(f"{XDR}col"))
			r1, c1 = (
				(int(akhir.findtext(f"{XDR}row")), int(akhir.findtext(f"{XDR}col")))
				if akhir is not None
				else (r0, c0)
			)
			teks = " ".join(x.text or "" for x in anchor.iter(f"{A}t")).strip()
			yield (r0 + r1) // 2, (c0 + c1) // 2, geom.get("prst"), _bingkai(anchor), teks


EMU_PER_PT = 12700


def _bingkai(anchor):
	"""The shape's frame in points, and its flips: (x0, y0, x1, y1, flip_h, flip_v), or None."""
	xfrm = anchor.find(f".//{A}xfrm")
	if xfrm is None or xfrm.find(f"{A}off") is None or xfrm.find(f"{A}ext") is None:
		return None
	off, ext = xfrm.find(f"{A}off"), xfrm.find(f"{A}ext")
	x0, y0 = int(off.get("x")) / EMU_PER_PT, int(off.get("y")) / EMU_PER_PT
	x1, y1 = x0 + int(ext.get("cx")) / EMU_PER_PT, y0 + int(ext.get("cy")) / EMU_PER_PT
	return x0, y0, x1, y1, xfrm.get("flipH") == "1", xfrm.get("flipV") == "1"


def tujuan_gambar(gambar, baris_langkah: dict[int, int], no: int) -> tuple[int | None, int | None]:
	"""Where a decision's lines lead in a sheet's drawing, as (Tidak, Ya): the steps whose symbols the
	connectors, joined end to end from the diamond's tips by their labels (a "Tidak" with none from a
	side), reach; a Ya only when it leaps past the next step. `gambar` is the sheet's shapes,
	`baris_langkah` maps a row to its step."""
	from sop_kinerja.impor.garis import _langkah_di, cabang_vektor, lacak_vektor
	from sop_kinerja.impor.halaman import Halaman, Kata, Simbol

	hal = Halaman(lebar=0, tinggi=0)
	milik = {}
	intan = None
	for r, _c, prst, bingkai, teks in gambar:
		if bingkai is None:
			continue
		x0, y0, x1, y1, flip_h, flip_v = bingkai
		if simbol(prst):
			if teks:  # a text box: a "Ya" or "Tidak" label
				hal.kata.append(Kata(teks, x0, x1, y0, y1))
				continue
			s = Simbol("keputusan" if prst in KEPUTUSAN else "proses", x0, x1, y0, y1)
			hal.simbol.append(s)
			milik[id(s)] = baris_langkah.get(r)
			if baris_langkah.get(r) == no and prst in KEPUTUSAN:
				intan = s
		elif "connector" in (prst or "").lower() or prst == "line":
			a = (x1 if flip_h else x0, y1 if flip_v else y0)
			b = (x0 if flip_h else x1, y0 if flip_v else y1)
			hal.garis.append([a, b])
	if intan is None:
		return None, None
	cabang = cabang_vektor([hal], 0, intan)
	if "tidak" not in cabang and (ujung := lacak_vektor([hal], 0, intan)):
		cabang["tidak"] = ujung

	simbol_langkah = {milik[id(s)]: (0, s) for s in hal.simbol if milik.get(id(s))}
	tidak = _langkah_di(cabang.get("tidak"), simbol_langkah, intan)
	ya = _langkah_di(cabang.get("ya"), simbol_langkah, intan)
	return tidak, (ya if ya not in (None, no + 1, tidak) else None)


# --- the grid into a sheet -------------------------------------------------------------------------


def susun_grid(nama: str, grid, bentuk, gambar, menit_per_hari: int) -> Lembar:
	lembar = Lembar(berkas=nama)
	baris_langkah: dict[int, dict[int, int]] = {}
	for t, rows in enumerate(grid):
		kepala = _kepala(rows)
		if kepala is None:
			_identitas_grid(lembar, rows)
			continue
		r_kepala, kolom, lajur, satuan = kepala
		if not lembar.pelaksana:
			lembar.pelaksana = [n for _, n in lajur]
		for r in range(r_kepala + 1, len(rows)):
			row = rows[r]
			no = nomor(row[kolom["no"]]) if kolom.get("no") is not None and kolom["no"] < len(row) else None
			if not no or _nomor_kolom(row):
				continue
			_identitas_grid(lembar, rows[:r_kepala])

			def sel(kunci, row=row):
				i = kolom.get(kunci)
				return rapikan(row[i]) if i is not None and i < len(row) else None

			langkah = Langkah(no=no, kegiatan=sel("kegiatan") or "")
			langkah.kelengkapan, langkah.output, langkah.keterangan = (
				sel("kelengkapan"),
				sel("output"),
				sel("keterangan"),
			)
			isi_waktu = sel("waktu")
			if satuan and isi_waktu and re.fullmatch(r"\d+(?:[.,]\d+)?", isi_waktu):
				isi_waktu = f"{isi_waktu} {satuan}"  # "Waktu (menit)" over a bare number
			waktu = baca_waktu(isi_waktu, menit_per_hari)
			langkah.waktu, langkah.waktu_teks = waktu.menit, waktu.teks
			if waktu.ragu:
				langkah.ragu("waktu", *waktu.ragu)
			ada = list(dict.fromkeys(x for x in bentuk.get((t, r), []) if any(x[0] == i for i, _ in lajur)))
			ada += _simbol_huruf(row, lajur)
			if any(prst.startswith("flowChart") for _, prst in ada):  # a plain box beside it holds a label
				ada = [x for x in ada if x[1].startswith("flowChart")]
			if ada:
				c, prst = ada[0]
				langkah.pelaksana = dict(lajur)[c]
				langkah.keputusan = prst in KEPUTUSAN
				if len(ada) > 1:
					langkah.ragu(
						"pelaksana", "{0} symbols were found in this row: the first was taken.", len(ada)
					)
			else:
				langkah.ragu("pelaksana", "No flowchart symbol was found in this row.")
			_arah_tertulis(row, lajur, langkah)
			if any(x.no == no for x in lembar.langkah):
				lembar.ragu("Step number {0} appears twice on the sheet: the second was left out.", no)
				continue
			lembar.langkah.append(langkah)
			baris_langkah.setdefault(t, {})[r] = no
	lembar.langkah.sort(key=lambda s: s.no)
	teks_sop.lengkapi_pelaksana(lembar)
	for langkah in lembar.langkah:
		if not langkah.keputusan or langkah.jika_tidak_ke is not None:
			continue
		for t, baris in baris_langkah.items():
			tidak, ya = tujuan_gambar(gambar.get(t, []), baris, langkah.no)
			langkah.jika_tidak_ke = langkah.jika_tidak_ke or tidak
			langkah.jika_ya_ke = langkah.jika_ya_ke or ya
		if not langkah.jika_tidak_ke:
			teks_sop.tujuan_dari_teks(lembar, langkah)
	return lembar


PRESET_SIMBOL = {
	PROSES: "flowChartProcess",
	SIMBOL_KEPUTUSAN: "flowChartDecision",
	TERMINATOR: "flowChartTerminator",
}


def _simbol_huruf(row, lajur) -> list[tuple[int, str]]:
	"""Symbols typed as characters in the actors' cells ("▭", "◇"), as the shapes they stand for."""
	ada = []
	for i, _ in lajur:
		for kata in str(row[i] if i < len(row) else "").split():
			if jenis := simbol_huruf(kata):
				ada.append((i, PRESET_SIMBOL[jenis]))
	return ada


def _arah_tertulis(row, lajur, langkah: Langkah):
	"""A decision's ways written in the actors' cells ("Tidak → 3", "Ya → 7") instead of drawn."""
	arah_tertulis(" ".join(str(row[i]) for i, _ in lajur if i < len(row)), langkah)


def _nomor_kolom(row) -> bool:
	"""Whether a row is the row of column numbers (1, 2, 3 ...) that many sheets print under the header."""
	isi = [str(x).strip() for x in row if str(x or "").strip()]
	if len(isi) < 3 or not all(re.fullmatch(r"\(?\d{1,2}\)?", x) for x in isi):
		return False
	angka = [int(x.strip("()")) for x in isi]
	return angka == sorted(angka) and len(set(angka)) >= 3


def _tanpa_satuan(teks) -> str:
	"""A header without the unit it gives its column: "Waktu (menit)" is the Waktu column."""
	return re.sub(r"\((?:dalam\s+)?(?:menit|jam|hari|minggu)\)", " ", str(teks or ""), flags=re.I)


def _kolom(kunci: str, teks: str) -> bool:
	"""Whether a header cell names this column; the activity's column in its longer wordings too
	("Proses/tahapan pelaksanaan kegiatan", "Uraian tugas dan prosedur")."""
	if re.fullmatch(KOLOM[kunci], teks):
		return True
	return kunci == "kegiatan" and bool(
		re.search(r"\b(?:kegiatan|aktivitas|aktifitas|prosedur)$", teks) and not _pelaksana(teks)
	)


def _kepala(rows):
	"""The header row of the flowchart table: the columns by kind, the actors' columns, and the unit a
	"Waktu (menit)" header gives the bare numbers under it."""
	for r, row in enumerate(rows[:-1]):
		norm = [_norm(_tanpa_satuan(x)) for x in row]
		if not any(_kolom("kegiatan", x) for x in norm) or not any(map(_pelaksana, norm)):
			continue
		bawah = [_norm(_tanpa_satuan(x)) for x in rows[r + 1]]
		kolom = {}
		for kunci in KOLOM:
			for baris in (norm, bawah):
				i = next((i for i, x in enumerate(baris) if _kolom(kunci, x)), None)
				if i is not None and kunci not in kolom:
					kolom[kunci] = i
		lajur = [
			(i, rapikan(rows[r + 1][i]))
			for i, x in enumerate(norm)
			if _pelaksana(x)
			and i < len(rows[r + 1])
			and rows[r + 1][i].strip()
			and not _pelaksana(_norm(rows[r + 1][i]))
		]
		# a merged header repeats its name in each column it spans: one actor per distinct cell
		dilihat, unik = set(), []
		for i, n in lajur:
			if n not in dilihat:
				dilihat.add(n)
				unik.append((i, n))
		kepala_baris = r + 1 if lajur else r
		i = kolom.get("waktu")
		kepala_waktu = " ".join(str(b[i]) for b in (row, rows[r + 1]) if i is not None and i < len(b))
		return kepala_baris, kolom, unik, satuan_kolom(kepala_waktu)
	return None


def _pelaksana(teks: str) -> bool:
	"""The header over the actors' columns: "Pelaksana", "Pelaksana Kegiatan"."""
	return bool(re.fullmatch(r"pelaksana(?: kegiatan)?", teks))


JUDUL = (*LABEL.values(), *DAFTAR.values(), *KOLOM.values())  # what ends an identity cell's lines


def _sel_di_bawah(rows, r: int, c: int) -> list[str]:
	"""A heading's lines in the cells below it: one cell, or one row per line as spreadsheets are
	written, down to an empty cell, the next heading or the flowchart's header."""
	isi, sebelum = [], None
	for row in rows[r + 1 :]:
		sel = str(row[c]).strip() if c < len(row) and row[c] is not None else ""
		if not sel or any(re.fullmatch(p, _norm(sel.splitlines()[0])) for p in JUDUL):
			break
		if sel != sebelum:  # a cell merged downwards is met again in each row it spans
			isi += [x.strip() for x in sel.splitlines() if x.strip()]
		sebelum = sel
	return isi


def _identitas_grid(lembar: Lembar, rows):
	"""Identity labels with their value in the next cell to the right, and headed lists whose items
	follow the heading in its cell or fill the cell below it."""
	for r, row in enumerate(rows):
		for c, cell in enumerate(row):
			if not str(cell).strip() or (c > 0 and cell == row[c - 1]):
				continue  # empty, or a merged cell met again in the next column it spans
			baris = [x.strip() for x in str(cell).splitlines() if x.strip()]
			kepala = _norm(baris[0])
			for kunci, pola in LABEL.items():
				if re.fullmatch(pola, kepala) and not getattr(lembar, kunci):
					nilai = next((x for x in row[c + 1 :] if str(x).strip() and x != cell), None)
					if kunci == "disahkan" and nilai:  # jabatan, nama and NIP keep their lines
						nilai = "\n".join(filter(None, (rapikan(b) for b in str(nilai).splitlines())))
						setattr(lembar, kunci, nilai or None)
					else:
						setattr(lembar, kunci, rapikan(nilai))
			for kunci, pola in DAFTAR.items():
				if not re.fullmatch(pola, kepala) or lembar.identitas.get(kunci) not in (None, []):
					continue
				isi = baris[1:] or _sel_di_bawah(rows, r, c)
				if kunci == "peringatan":
					lembar.identitas[kunci] = peringatan(isi)
				else:
					lembar.identitas[kunci] = butir(isi)
