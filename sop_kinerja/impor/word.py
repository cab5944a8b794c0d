"""A DOCX sheet as a grid of cells with the flowchart's symbols in them.

A symbol drawn inside a cell belongs to that cell. Word also lets a shape float over the table,
anchored to the page (or its margin) at a distance: such a symbol's actor is the table column its
centre stands over (the table's grid widths from its left edge), and its step is found by order, the
k-th symbol down the pages for the k-th numbered row, when the counts agree (a "Selesai" inside the
chart, where a "Tidak" ends the process, left aside). Connector lines are not
followed: a decision's return step is read from its text and flagged. No Frappe in here.
"""

import io

from sop_kinerja.impor.formulir import nomor

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
EMU_PER_TWIP = 635
EMU_PER_PT = 12700
PENGHUBUNG = ("flowChartConnector", "flowChartOffpageConnector")  # a connector, not a step's symbol


def grid_docx(isi: bytes):
	"""Every table's rows as cell texts by grid column, the shapes ((table, row) -> [(column, geometry)]),
	and the drawing of the shapes that float over the tables (table -> shapes)."""
	import docx

	from sop_kinerja.impor.office import simbol

	dokumen = docx.Document(io.BytesIO(isi))
	grid, bentuk, gambar = [], {}, {}
	for t, tabel in enumerate(dokumen.tables):
		rows = []
		for r, row in enumerate(tabel.rows):
			sel = []
			for c, cell in enumerate(row.cells):
				sel.append("\n".join(p.text for p in cell.paragraphs))
				for geom in cell._tc.iter(f"{A}prstGeom"):
					if simbol(geom.get("prst")):
						bentuk.setdefault((t, r), []).append((c, geom.get("prst")))
			rows.append(sel)
		grid.append(rows)
	if not bentuk:
		bentuk, gambar = _bentuk_melayang(dokumen, grid)
	lain = [[p.text] for p in dokumen.paragraphs if p.text.strip()]
	grid.append(lain)
	return grid, bentuk, gambar


def _bentuk_melayang(dokumen, grid) -> tuple[dict, dict]:
	"""Symbols floating over the table, anchored to the page: each in the column under its centre, and
	in order down the pages for the numbered rows, when there are as many symbols as rows; and each
	page's floating shapes as its table's drawing."""
	from sop_kinerja.impor.office import simbol

	tabel = [
		t
		for t, rows in enumerate(grid)
		if any(row and nomor(row[0].strip()) for row in rows)
		and any("pelaksana" in " ".join(r).lower() for r in rows)
	]
	baris = [(t, r) for t in tabel for r, row in enumerate(grid[t]) if row and nomor(row[0].strip())]
	if not baris:
		return {}, {}
	tepi = _tepi_kolom(dokumen, dokumen.tables[tabel[0]]._tbl)
	semua = list(_melayang(dokumen))
	lambang = sorted(
		(m for m in semua if simbol(m[2]) and m[2] not in PENGHUBUNG and not m[3]),
		key=lambda m: (m[0], m[1][1]),
	)
	while len(lambang) > len(baris):  # a "Selesai" where a "Tidak" ends the process is no step's symbol
		akhir = [i for i, m in enumerate(lambang[1:-1], 1) if m[2] == "flowChartTerminator"]
		if not akhir:
			break
		del lambang[akhir[0]]
	if not tepi or len(lambang) != len(baris):
		return {}, {}
	bentuk, baris_lambang, tabel_paragraf = {}, {}, {}
	for (t, r), m in zip(baris, lambang, strict=True):
		x = (m[1][0] + m[1][2]) / 2
		kolom = next((c for c, (a, b) in enumerate(tepi) if a <= x < b), None)
		if kolom is not None:
			bentuk.setdefault((t, r), []).append((kolom, m[2]))
		baris_lambang[id(m)] = r
		tabel_paragraf.setdefault(m[0], t)
	gambar = {}
	for m in semua:
		if m[0] in tabel_paragraf:
			gambar.setdefault(tabel_paragraf[m[0]], []).append(
				(baris_lambang.get(id(m), -1), 0, m[2], m[1], m[3])
			)
	return bentuk, gambar


def _melayang(dokumen):
	"""The shapes floating over the pages, not in a cell: (paragraph order, frame in points and flips,
	geometry, text)."""
	for urutan, p in enumerate(dokumen.element.body.iter(f"{W}p")):
		for anchor in p.iter(f"{WP}anchor"):
			geom = anchor.find(f".//{A}prstGeom")
			if geom is None or any(x.tag == f"{W}tc" for x in anchor.iterancestors()):
				continue
			bingkai = _bingkai(dokumen, anchor)
			if bingkai is not None:
				teks = " ".join((t.text or "").strip() for t in anchor.iter(f"{W}t")).strip()
				yield urutan, bingkai, geom.get("prst"), teks


def _tepi_kolom(dokumen, tbl) -> list[tuple[float, float]]:
	"""The table's grid columns as (left, right) in points from the page's left edge."""
	kiri = dokumen.sections[0].left_margin / EMU_PER_PT
	ind = tbl.find(f"{W}tblPr/{W}tblInd")
	if ind is not None and ind.get(f"{W}type", "dxa") == "dxa":
		kiri += float(ind.get(f"{W}w") or 0) / 20
	tepi = []
	for kolom in tbl.findall(f"{W}tblGrid/{W}gridCol"):
		lebar = float(kolom.get(f"{W}w") or 0) / 20
		tepi.append((kiri, kiri + lebar))
		kiri += lebar
	return tepi


def _bingkai(dokumen, anchor):
	"""A floating shape's frame in points from the page's top left, and its flips: (x0, y0, x1, y1,
	flip_h, flip_v), for shapes placed against the page, its margin or its column; else None."""
	pojok = []
	for sumbu, margin in (("H", dokumen.sections[0].left_margin), ("V", dokumen.sections[0].top_margin)):
		pos = anchor.find(f"{WP}position{sumbu}")
		offset = pos.find(f"{WP}posOffset") if pos is not None else None
		if offset is None or pos.get("relativeFrom") not in ("page", "margin", "column"):
			return None
		pojok.append((int(offset.text) + (0 if pos.get("relativeFrom") == "page" else margin)) / EMU_PER_PT)
	extent, xfrm = anchor.find(f"{WP}extent"), anchor.find(f".//{A}xfrm")
	if extent is None:
		return None
	x0, y0 = pojok
	x1, y1 = x0 + int(extent.get("cx")) / EMU_PER_PT, y0 + int(extent.get("cy")) / EMU_PER_PT
	balik = (xfrm.get("flipH") == "1", xfrm.get("flipV") == "1") if xfrm is not None else (False, False)
	return x0, y0, x1, y1, *balik
