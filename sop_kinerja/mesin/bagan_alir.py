"""The flowchart (bagan alir) of an SOP AP sheet, laid out for print. No Frappe in here.

An SOP AP sheet (Permenpan RB 35/2012) draws each step as a symbol in its pelaksana's column
(swimlane): a rounded terminator for the first and last step, a diamond for a decision, a rectangle
for any other process. Arrows join the steps in order; a decision's "Tidak" arrow runs back up to
the step it returns to (or down to one further on), and a "Ya" that leaps past the next step runs
down a gutter on the left.

The sheet is an HTML table so that it can break across pages between steps. Each step's row gets
one SVG strip across the swimlane columns, all of it in millimetres. Every strip is exactly as
tall as its row, so the arrow leaving the bottom of one strip meets the arrow entering the next.
The row height is fixed from the longest text in the row, estimated generously, so that the
browser never has to stretch a row past its strip.
"""

import math
import textwrap
from typing import NamedTuple
from xml.sax.saxutils import escape

from sop_kinerja.mesin.sop_ke_workflow import nilai, ordered

# Page: A4 landscape, 10 mm margins: 277 mm of table.
COLUMNS_MM = {
	"no": 8,
	"kegiatan": 62,
	"lanes": 105,
	"kelengkapan": 26,
	"waktu": 16,
	"output": 32,
	"keterangan": 28,
}
FONT_PT = 9
CHAR_MM = 2.0  # a generous average glyph width at 9 pt: long words wrap early, never late
LINE_MM = 4.7  # the sheet's CSS sets 9 pt at line-height 1.35: 4.3 mm, with room to spare
PADDING_MM = 5
MIN_ROW_MM = 17
SYMBOL_H = 7.0
DIAMOND_H = 10.0
ARROW = 1.4
JOG_Y = 2.0  # where an arrow from another lane turns toward this step's symbol
LOOP_DY = 1.6  # a "tidak" arrow enters its target this far below the centre, clear of the target's own exit


class Row(NamedTuple):
	step: object
	height: float
	svg: str


def lajur(row) -> str:
	"""The step's column: its Role, or for an imported draft whose Role is not chosen yet, the actor
	as the sheet names it."""
	return nilai(row, "pelaksana") or nilai(row, "pelaksana_lembar") or "?"


def lanes_of(steps) -> list[str]:
	"""The pelaksana roles, in the order they first act: the order of the sheet's columns."""
	lanes = []
	for row in ordered(steps):
		if (role := lajur(row)) not in lanes:
			lanes.append(role)
	return lanes


def _lines(text, width_mm: float) -> int:
	chars = max(int((width_mm - 2) / CHAR_MM), 4)
	return sum(max(len(textwrap.wrap(part, chars)), 1) for part in str(text or "").splitlines() or [""])


def row_height(row) -> float:
	lines = max(
		_lines(nilai(row, "kegiatan"), COLUMNS_MM["kegiatan"]),
		_lines(nilai(row, "kelengkapan"), COLUMNS_MM["kelengkapan"]),
		_lines(f"{nilai(row, 'waktu') or ''} menit", COLUMNS_MM["waktu"]),
		_lines(nilai(row, "output"), COLUMNS_MM["output"]),
		_lines(nilai(row, "keterangan"), COLUMNS_MM["keterangan"]),
	)
	return max(MIN_ROW_MM, math.ceil(lines * LINE_MM + PADDING_MM))


def symbol_kind(row, first: bool, last: bool) -> str:
	if nilai(row, "tidak_setuju_ke") or nilai(row, "setuju_ke") or nilai(row, "keputusan"):
		return "decision"
	return "terminator" if first or last else "process"


def bagan(steps) -> dict:
	"""The lanes, and for each step its row height (mm) and SVG strip."""
	steps = ordered(steps)
	lanes = lanes_of(steps)
	lane_w = COLUMNS_MM["lanes"] / max(len(lanes), 1)
	centre = {role: lane_w * (i + 0.5) for i, role in enumerate(lanes)}
	sym_w = min(lane_w * 0.72, 17.0)
	heights = [row_height(row) for row in steps]
	index_of = {int(nilai(row, "no")): i for i, row in enumerate(steps)}

	# each jump runs along a gutter: "Tidak" at the right edge of the rightmost lane it touches, a
	# leaping "Ya" at the left edge of the leftmost one
	jumps = []
	for i, row in enumerate(steps):
		for key, label, side in (("tidak_setuju_ke", "Tidak", 1), ("setuju_ke", "Ya", -1)):
			if target := nilai(row, key):
				j = index_of[int(target)]
				touched = (lanes.index(lajur(row)), lanes.index(lajur(steps[j])))
				gx = lane_w * (max(touched) + 1) - 1.8 if side > 0 else lane_w * min(touched) + 1.8
				jumps.append({"from": i, "to": j, "x": gx, "side": side, "label": label})

	rows = []
	for i, row in enumerate(steps):
		h = heights[i]
		cy = h / 2
		x = centre[lajur(row)]
		kind = symbol_kind(row, i == 0, i == len(steps) - 1)
		half_h = (DIAMOND_H if kind == "decision" else SYMBOL_H) / 2
		parts = [_lane_lines(len(lanes), lane_w, h)]
		if i > 0:  # from the step before: down its lane, across at the top, down into this symbol
			px = centre[lajur(steps[i - 1])]
			if px == x:
				parts.append(_line([(x, 0), (x, cy - half_h)]))
			else:
				parts.append(_line([(px, 0), (px, JOG_Y), (x, JOG_Y), (x, cy - half_h)]))
			parts.append(_arrow_down(x, cy - half_h))
		if i < len(steps) - 1:
			parts.append(_line([(x, cy + half_h), (x, h)]))
			if kind == "decision":
				down = (
					"Tidak" if nilai(row, "setuju_ke") else "Ya"
				)  # the next step is "Tidak" when "Ya" leaps
				if not (nilai(row, "setuju_ke") and nilai(row, "tidak_setuju_ke")):
					parts.append(_label(x + 1.2, cy + half_h + 2.6, down))
		for jump in jumps:
			parts += _jump_part(jump, i, x, cy, h, kind, sym_w)
		parts.append(_symbol(kind, x, cy, sym_w))
		svg = (
			# full width of the lane columns as the browser lays them out, so the lanes meet their headers
			f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{h}mm" '
			f'viewBox="0 0 {COLUMNS_MM["lanes"]} {h}" preserveAspectRatio="none" style="display: block">'
			f"{''.join(parts)}</svg>"
		)
		rows.append(Row(row, h, svg))
	return {"lanes": lanes, "rows": rows, "share": column_shares(len(lanes))}


def _jump_part(jump: dict, i: int, x: float, cy: float, h: float, kind: str, sym_w: float) -> list[str]:
	"""Row `i`'s piece of one jump: out of the diamond's side point into the gutter, along the gutter
	(up for a return, down for a leap), or out of the gutter into the target's side."""
	gx, side, up = jump["x"], jump["side"], jump["to"] < jump["from"]
	if jump["from"] == i:
		point = x + side * sym_w / 2
		text_x = point + 0.8 if side > 0 else point - 0.8 - 1.3 * len(jump["label"])
		return [
			_line([(point, cy), (gx, cy), (gx, 0 if up else h)]),
			_label(text_x, cy - 1.0, jump["label"]),
		]
	if jump["to"] == i:
		y = cy + LOOP_DY if up else cy - LOOP_DY
		edge = x + side * _half_width(kind, sym_w, LOOP_DY)
		arrow = _arrow_left(edge, y) if side > 0 else _arrow_right(edge, y)
		return [_line([(gx, h if up else 0), (gx, y), (edge, y)]), arrow]
	if min(jump["to"], jump["from"]) < i < max(jump["to"], jump["from"]):
		return [_line([(gx, 0), (gx, h)])]
	return []


def column_shares(lane_count: int) -> dict[str, float]:
	"""Each column's share of the sheet's width, in percent: the print format sets widths by these."""
	total = sum(COLUMNS_MM.values())
	shares = {key: round(100 * mm / total, 3) for key, mm in COLUMNS_MM.items()}
	shares["lane"] = round(shares["lanes"] / max(lane_count, 1), 3)
	return shares


def _half_width(kind: str, w: float, dy: float) -> float:
	"""Half the symbol's width at `dy` from its centre: a diamond narrows toward its points."""
	if kind == "decision":
		return (w / 2) * (1 - dy / (DIAMOND_H / 2))
	return w / 2


def _n(value: float) -> str:
	return f"{value:.2f}".rstrip("0").rstrip(".")


def _line(points) -> str:
	coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
	return f'<polyline points="{coords}" fill="none" stroke="#000" stroke-width="0.3"/>'


def _arrow_down(x: float, y: float) -> str:
	pts = [(x, y), (x - ARROW / 2, y - ARROW), (x + ARROW / 2, y - ARROW)]
	return '<polygon points="{}" fill="#000"/>'.format(" ".join(f"{_n(a)},{_n(b)}" for a, b in pts))


def _arrow_left(x: float, y: float) -> str:
	pts = [(x, y), (x + ARROW, y - ARROW / 2), (x + ARROW, y + ARROW / 2)]
	return '<polygon points="{}" fill="#000"/>'.format(" ".join(f"{_n(a)},{_n(b)}" for a, b in pts))


def _arrow_right(x: float, y: float) -> str:
	pts = [(x, y), (x - ARROW, y - ARROW / 2), (x - ARROW, y + ARROW / 2)]
	return '<polygon points="{}" fill="#000"/>'.format(" ".join(f"{_n(a)},{_n(b)}" for a, b in pts))


def _label(x: float, y: float, text: str) -> str:
	return f'<text x="{_n(x)}" y="{_n(y)}" font-size="2.4" font-family="DejaVu Sans, Arial">{escape(text)}</text>'


def _lane_lines(count: int, lane_w: float, h: float) -> str:
	return "".join(
		f'<line x1="{_n(lane_w * k)}" y1="0" x2="{_n(lane_w * k)}" y2="{_n(h)}" stroke="#000" stroke-width="0.2"/>'
		for k in range(1, count)
	)


def _symbol(kind: str, x: float, cy: float, w: float) -> str:
	style = 'fill="#fff" stroke="#000" stroke-width="0.35"'
	if kind == "decision":
		hh = DIAMOND_H / 2
		pts = [(x, cy - hh), (x + w / 2, cy), (x, cy + hh), (x - w / 2, cy)]
		coords = " ".join(f"{_n(a)},{_n(b)}" for a, b in pts)
		return f'<polygon class="simbol-keputusan" points="{coords}" {style}/>'
	rx = SYMBOL_H / 2 if kind == "terminator" else 0
	cls = "simbol-mulai-selesai" if kind == "terminator" else "simbol-proses"
	return (
		f'<rect class="{cls}" x="{_n(x - w / 2)}" y="{_n(cy - SYMBOL_H / 2)}" width="{_n(w)}" '
		f'height="{_n(SYMBOL_H)}" rx="{_n(rx)}" ry="{_n(rx)}" {style}/>'
	)
