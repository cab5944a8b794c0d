"""A flowchart table whose header cannot be read (a header shaded so dark that a scan or a photocopy
shows no letter of it, a header torn off): its columns placed by what stands in them. No Frappe in here.

- The column rules that run down through the symbols' rows, crossed by the rows' rules, divide the
  table into cells.
- The cells that hold a symbol, and those between them, are the actors' columns.
- Of the cells to their left, the first is the step numbers' and the rest Kegiatan's; it takes two.
- Of those to their right, the last four at most are Mutu Baku's and Keterangan's, in the standard
  form's order (Kelengkapan, Waktu, Output, Keterangan), and any before them are actors' columns with
  no symbol.
- The actors are named by their place ("Pelaksana 1", ...), for the reviewer to name, and the sheet is
  flagged.
"""

from itertools import pairwise

from sop_kinerja.impor.formulir import KONEKTOR
from sop_kinerja.impor.halaman import Halaman
from sop_kinerja.impor.tabel import Kolom, Tabel

MUTU = ("kelengkapan", "waktu", "output", "keterangan")
NAMA_TEMPAT = "Pelaksana {0}"  # an actor whose name was not read, by its column's place


def tabel_tanpa_kepala(hal: Halaman) -> Tabel | None:
	simbol = [s for s in hal.simbol if s.jenis != KONEKTOR]
	if len(simbol) < 2:
		return None
	atas, bawah = min(s.atas for s in simbol), max(s.bawah for s in simbol)
	# a column rule runs down past the symbols and is crossed by the rows' rules (a copy's shaded edge
	# beside the table is crossed by none)
	tepi = sorted(
		x
		for x, y0, y1 in hal.tegak
		if y0 < atas and y1 > bawah and sum(a - 3 <= x <= b + 3 for _y, a, b in hal.datar) >= 2
	)
	tepi = [x for i, x in enumerate(tepi) if i == 0 or x - tepi[i - 1] > 3]
	sel = [Kolom(a, b) for a, b in pairwise(tepi)]
	isi = [i for i, k in enumerate(sel) if any(k.memuat(s.cx) for s in simbol)]
	if not isi or isi[0] < 2:
		return None  # no room for the step numbers and Kegiatan on the symbols' left
	kanan = sel[isi[-1] + 1 :]
	mutu = kanan[-len(MUTU) :] if kanan else []
	lajur = sel[isi[0] : len(sel) - len(mutu)]
	kolom = {"no": sel[0], "kegiatan": Kolom(sel[1].x0, sel[isi[0] - 1].x1)}
	ujung = lajur[-1].x1
	for kunci, k in zip(MUTU, mutu, strict=False):
		kolom[kunci] = k
	for kunci in MUTU:
		kolom.setdefault(kunci, Kolom(ujung, ujung))
	# the rows begin at the rule across the numbers' column nearest above the first symbol
	no = kolom["no"]
	garis = [y for y, x0, x1 in hal.datar if x0 <= no.x0 + 3 and x1 >= no.x1 - 3 and y < atas]
	if not garis:
		return None
	nama = [NAMA_TEMPAT.format(i + 1) for i in range(len(lajur))]
	return Tabel(kolom, lajur, nama, max(garis), min(y0 for _x, y0, _y1 in hal.tegak))
