"""The SOP AP flowchart layout, checked without Frappe: lanes, symbols, and arrows that meet."""

import itertools
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from sop_kinerja.mesin import bagan_alir
from sop_kinerja.naskah import kosakata

APP = Path(__file__).resolve().parents[1] / "sop_kinerja"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def sheet():
	record = json.loads((APP / "data" / "sop_perbaikan_data_kinerja.json").read_text())
	return bagan_alir.bagan(record["langkah"])


def shapes(row):
	root = ElementTree.fromstring(row.svg)
	return root, {el.get("class"): el for el in root.iter() if el.get("class")}


def test_one_lane_per_pelaksana_in_the_order_they_first_act(sheet):
	assert sheet["lanes"] == [
		kosakata.KEPALA_SATUAN,
		kosakata.SEKRETARIS,
		kosakata.KASUBBAG,
		kosakata.PELAKSANA,
		kosakata.ARSIPARIS,
	]


def test_each_step_has_its_symbol_in_its_pelaksanas_lane(sheet):
	lane_w = bagan_alir.COLUMNS_MM["lanes"] / len(sheet["lanes"])
	kinds = []
	for row in sheet["rows"]:
		_root, found = shapes(row)
		((kind, el),) = [(k, v) for k, v in found.items() if k.startswith("simbol-")]
		kinds.append(kind)
		if el.tag == f"{SVG}rect":
			centre = float(el.get("x")) + float(el.get("width")) / 2
		else:
			centre = float(el.get("points").split()[0].split(",")[0])
		assert int(centre // lane_w) == sheet["lanes"].index(row.step["pelaksana"]), row.step["no"]
	assert kinds == (
		["simbol-mulai-selesai"] + ["simbol-proses"] * 3 + ["simbol-keputusan"] * 3 + ["simbol-proses"] * 2
		+ ["simbol-mulai-selesai"]
	)  # fmt: skip


def polylines(row):
	root = ElementTree.fromstring(row.svg)
	return [
		[tuple(float(v) for v in p.split(",")) for p in el.get("points").split()]
		for el in root.iter(f"{SVG}polyline")
	]


def test_the_arrow_leaving_a_step_meets_the_arrow_entering_the_next(sheet):
	rows = sheet["rows"]
	for above, below in itertools.pairwise(rows):
		leaving = {round(x, 2) for line in polylines(above) for x, y in line if y == above.height}
		entering = {round(x, 2) for line in polylines(below) for x, y in line if y == 0}
		# the forward arrow, and each "tidak" loop that crosses the border, continue at the same x
		assert leaving and leaving == entering, (above.step["no"], below.step["no"])


def test_every_strip_is_as_tall_as_its_row(sheet):
	for row in sheet["rows"]:
		root = ElementTree.fromstring(row.svg)
		assert root.get("height") == f"{row.height}mm"
		assert root.get("width") == "100%" and root.get("preserveAspectRatio") == "none"
		assert re.fullmatch(rf"0 0 \d+ {row.height}", root.get("viewBox"))


def test_each_decision_says_ya_and_tidak(sheet):
	for row in sheet["rows"]:
		labels = [el.text for el in ElementTree.fromstring(row.svg).iter(f"{SVG}text")]
		if row.step.get("tidak_setuju_ke"):
			assert labels == ["Ya", "Tidak"], row.step["no"]
		else:
			assert labels == [], row.step["no"]


def test_a_long_kegiatan_makes_a_taller_row():
	short = {"no": 1, "kegiatan": "Menerima", "pelaksana": "A", "waktu": 5}
	long = {**short, "kegiatan": "Menelaah dan mengoreksi perbaikan data kinerja " * 6}
	assert bagan_alir.row_height(long) > bagan_alir.row_height(short) == bagan_alir.MIN_ROW_MM


LOMPATAN = [
	{"no": 1, "kegiatan": "Mengajukan", "pelaksana": "A"},
	{"no": 2, "kegiatan": "Lengkap?", "pelaksana": "B", "keputusan": 1, "setuju_ke": 4},
	{"no": 3, "kegiatan": "Melengkapi", "pelaksana": "A"},
	{"no": 4, "kegiatan": "Setuju?", "pelaksana": "C", "keputusan": 1, "tidak_setuju_ke": 6},
	{"no": 5, "kegiatan": "Menandatangani", "pelaksana": "C"},
	{"no": 6, "kegiatan": "Mencatat", "pelaksana": "B"},
]


def test_a_leaping_ya_and_a_tidak_that_goes_on():
	rows = bagan_alir.bagan(LOMPATAN)["rows"]
	labels = [[el.text for el in ElementTree.fromstring(row.svg).iter(f"{SVG}text")] for row in rows]
	# step 2: "Tidak" down to the next step, "Ya" out of the side; step 4: "Ya" down, "Tidak" out of the side
	assert labels == [[], ["Tidak", "Ya"], [], ["Ya", "Tidak"], [], []]

	# each leap's gutter runs through the rows it passes and ends in its target with an arrowhead
	def count(row, tag):
		return len(list(ElementTree.fromstring(row.svg).iter(f"{SVG}{tag}")))

	lines = [count(row, "polyline") for row in rows]
	arrows = [count(row, "polygon") for row in rows]
	assert lines[2] > lines[0] and lines[4] > lines[0]  # rows 3 and 5 carry a passing gutter
	# polygons: the arrow from above, a diamond's own shape, and the arrowhead of a leap ending here
	assert arrows == [0, 2, 1, 3, 1, 2]
