#!/usr/bin/env python3
"""Check the labelled SOP sheet set in this folder: label shape, daftar.json, and each file's basics.

	/tmp/lembar-venv/bin/python tests/lembar_sop/periksa_label.py

Checks: every label has exactly the agreed shape and types; every daftar.json entry names an existing
file and label; scans have no text layer (pdftotext prints nothing); text PDFs do have text; DOCX/XLSX
open with python-docx/openpyxl (if installed) and carry one flowChart* shape per step, of the kind the
label says (flowChartDecision for a decision). Exit status 1 on any problem.
"""

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

DIR = Path(__file__).resolve().parent

KUNCI_LABEL = ["berkas", "nama_sop", "nomor_sop", "pelaksana", "langkah", "identitas", "peringatan_impor"]
KUNCI_LANGKAH = {
	"no": int,
	"kegiatan": str,
	"pelaksana": (str, type(None)),
	"kelengkapan": (str, type(None)),
	"waktu": (int, type(None)),
	"waktu_teks": (str, type(None)),
	"output": (str, type(None)),
	"keterangan": (str, type(None)),
	"keputusan": bool,
	"jika_tidak_ke": (int, type(None)),
}
KUNCI_IDENTITAS = {
	"dasar_hukum": list,
	"kualifikasi_pelaksana": list,
	"keterkaitan": list,
	"peralatan": list,
	"peringatan": (str, type(None)),
	"pencatatan": list,
}
JENIS = {"pdf-teks", "pindaian", "docx", "xlsx"}


def _teks_rapi(s):
	return s is None or (s == re.sub(r"\s+", " ", s).strip() and s != "")


def periksa_label(lab, nama):
	g = []
	if list(lab) != KUNCI_LABEL:
		g.append(f"{nama}: keys {list(lab)}")
		return g
	for k in ("berkas",):
		if not isinstance(lab[k], str) or not lab[k]:
			g.append(f"{nama}: {k} must be a non-empty string")
	for k in ("nama_sop", "nomor_sop"):
		if not (lab[k] is None or isinstance(lab[k], str)) or not _teks_rapi(lab[k]):
			g.append(f"{nama}: {k} must be str|null, whitespace collapsed")
	if not (
		isinstance(lab["pelaksana"], list)
		and lab["pelaksana"]
		and all(isinstance(x, str) for x in lab["pelaksana"])
	):
		g.append(f"{nama}: pelaksana must be a non-empty list of str")
	if lab["peringatan_impor"] != []:
		g.append(f"{nama}: peringatan_impor must be []")
	if not isinstance(lab["identitas"], dict) or list(lab["identitas"]) != list(KUNCI_IDENTITAS):
		g.append(f"{nama}: identitas keys {list(lab['identitas'])}")
	else:
		for k, tp in KUNCI_IDENTITAS.items():
			v = lab["identitas"][k]
			if not isinstance(v, tp):
				g.append(f"{nama}: identitas.{k} type {type(v).__name__}")
			elif isinstance(v, list):
				for x in v:
					if not isinstance(x, str) or not _teks_rapi(x) or re.match(r"^\d+[.)]\s", x):
						g.append(f"{nama}: identitas.{k} item {x!r}")
			elif not _teks_rapi(v):
				g.append(f"{nama}: identitas.{k} not collapsed")
	nos = []
	for st in lab["langkah"]:
		if list(st) != list(KUNCI_LANGKAH):
			g.append(f"{nama}: step keys {list(st)}")
			continue
		for k, tp in KUNCI_LANGKAH.items():
			v = st[k]
			if isinstance(v, bool) and tp is int:
				g.append(f"{nama}: step {st['no']} {k} is bool")
			if not isinstance(v, tp):
				g.append(f"{nama}: step {st['no']} {k} type {type(v).__name__}")
			if isinstance(v, str) and not _teks_rapi(v):
				g.append(f"{nama}: step {st['no']} {k} not collapsed: {v!r}")
		if st["pelaksana"] is not None and st["pelaksana"] not in lab["pelaksana"]:
			g.append(f"{nama}: step {st['no']} actor {st['pelaksana']!r} not a column")
		if st["keputusan"] != (st["jika_tidak_ke"] is not None):
			g.append(f"{nama}: step {st['no']} keputusan/jika_tidak_ke disagree")
		if st["jika_tidak_ke"] is not None and not (1 <= st["jika_tidak_ke"] < st["no"]):
			g.append(f"{nama}: step {st['no']} returns to {st['jika_tidak_ke']}")
		if (st["waktu"] is None) != (st["waktu_teks"] is None) and st["waktu_teks"] not in ("Sesuai SPK",):
			g.append(f"{nama}: step {st['no']} waktu {st['waktu']} vs {st['waktu_teks']!r}")
		nos.append(st["no"])
	if not nos or nos != list(range(nos[0], nos[0] + len(nos))):
		g.append(f"{nama}: step numbers {nos}")
	return g


def _pdftotext(path):
	return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _bentuk(xml):
	return re.findall(r'prst="(flowChart\w+)"', xml)


def periksa_semua(folder=DIR):
	g = []
	daftar = json.loads((folder / "daftar.json").read_text(encoding="utf-8"))
	dipakai = set()
	for e in daftar:
		if set(e) != {"berkas", "jenis", "label", "catatan"}:
			g.append(f"daftar.json entry keys {sorted(e)}")
			continue
		f = folder / e["berkas"]
		lp = folder / e["label"]
		if e["jenis"] not in JENIS:
			g.append(f"{e['berkas']}: jenis {e['jenis']}")
		if not f.exists():
			g.append(f"{e['berkas']}: missing")
			continue
		if not lp.exists():
			g.append(f"{e['label']}: missing")
			continue
		dipakai.add(lp.name)
		lab = json.loads(lp.read_text(encoding="utf-8"))
		jenis_label = [st["keputusan"] for st in lab["langkah"]]
		if e["jenis"] == "pindaian":
			if f.suffix == ".pdf" and _pdftotext(f).strip():
				g.append(f"{f.name}: scan has a text layer")
		elif e["jenis"] == "pdf-teks":
			if len(_pdftotext(f).split()) < 50:
				g.append(f"{f.name}: no text layer")
			if lab["berkas"] != f.name:
				g.append(f"{f.name}: label berkas {lab['berkas']}")
		elif e["jenis"] == "docx":
			try:
				import docx

				d = docx.Document(str(f))
				if not d.tables:
					g.append(f"{f.name}: no tables")
			except ImportError:
				pass
			with zipfile.ZipFile(f) as z:
				xml = z.read("word/document.xml").decode("utf-8")
			bentuk = _bentuk(xml)
			if [b == "flowChartDecision" for b in bentuk] != jenis_label or "wps:wsp" not in xml:
				g.append(f"{f.name}: shapes {bentuk} do not match the label")
		elif e["jenis"] == "xlsx":
			try:
				import openpyxl

				openpyxl.load_workbook(str(f))
			except ImportError:
				pass
			with zipfile.ZipFile(f) as z:
				xml = z.read("xl/drawings/drawing1.xml").decode("utf-8")
				rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode("utf-8")
				sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
			bentuk = _bentuk(xml)
			if [b == "flowChartDecision" for b in bentuk] != jenis_label:
				g.append(f"{f.name}: shapes {bentuk} do not match the label")
			if "drawing1.xml" not in rels or "<drawing " not in sheet:
				g.append(f"{f.name}: drawing not related from the sheet")
	for lp in sorted((folder / "label").glob("*.json")):
		lab = json.loads(lp.read_text(encoding="utf-8"))
		g += periksa_label(lab, lp.name)
		if lp.name not in dipakai:
			g.append(f"{lp.name}: not used by daftar.json")
	return g


if __name__ == "__main__":
	galat = periksa_semua()
	for x in galat:
		print("-", x)
	print("OK" if not galat else f"{len(galat)} problems")
	sys.exit(1 if galat else 0)
