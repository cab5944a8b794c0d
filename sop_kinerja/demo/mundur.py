"""The document's clock moved back: its moves take seconds, then everything they wrote (the document,
its step log, versions, comments, workflow actions, files, the verification page, the Arsip) is dated
to when its story says it happened."""

import bisect
import json
from datetime import datetime

import frappe
from frappe.utils import get_datetime, getdate, now_datetime, time_diff_in_seconds

from sop_kinerja.mesin import jam_kerja, mutu_baku
from sop_kinerja.naskah import kosakata


class Jam:
	"""When each move was really made and when the story says it happened; maps one time onto the other.

	A row written during a move (its log line, version, comment, workflow action) keeps its offset
	from the move's start, so the order of everything within a move stays as Frappe wrote it."""

	def __init__(self):
		self.nyata: list[datetime] = []
		self.cerita: list[datetime] = []

	def tandai(self, waktu_cerita: datetime):
		self.nyata.append(now_datetime())
		self.cerita.append(waktu_cerita)

	def geser(self, waktu):
		if not waktu:
			return waktu
		waktu = get_datetime(waktu)
		i = max(bisect.bisect_right(self.nyata, waktu) - 1, 0)
		return self.cerita[i] + (waktu - self.nyata[i])


def mundurkan(name: str, jam: Jam):
	"""Date the document and everything its moves wrote back to the story's times."""
	geser_baris(kosakata.DOCTYPE, {"name": name}, jam, ("creation", "modified", "masuk_langkah"))
	geser_jejak(kosakata.DOCTYPE, name, jam)
	geser_log(name, jam)
	# the public verification page says when it was signed and archived
	geser_baris(
		"Verifikasi Naskah",
		{"reference_doctype": kosakata.DOCTYPE, "reference_name": name},
		jam,
		("creation", "modified", "ditandatangani_pada", "diarsipkan_pada"),
	)
	if arsip := frappe.db.get_value(kosakata.DOCTYPE, name, "arsip"):
		geser_baris("Arsip", {"name": arsip}, jam)
		dibuat = frappe.db.get_value("Arsip", arsip, "creation")
		frappe.db.set_value("Arsip", arsip, "tanggal", getdate(dibuat), update_modified=False)
		geser_jejak("Arsip", arsip, jam)


def geser_baris(doctype: str, filters: dict, jam: Jam, fields: tuple = ("creation", "modified")):
	"""Move the rows' timestamps, and their child rows' with them."""
	tables = [df.options for df in frappe.get_meta(doctype).get_table_fields()]
	for row in frappe.get_all(doctype, filters=filters, fields=["name", *fields], order_by=None):
		frappe.db.set_value(
			doctype, row.name, {f: jam.geser(row[f]) for f in fields if row[f]}, update_modified=False
		)
		for child in tables:
			geser_baris(child, {"parent": row.name, "parenttype": doctype}, jam)


def geser_jejak(doctype: str, name: str, jam: Jam):
	"""What Frappe writes beside a document: versions, comments (the timeline), workflow actions (the
	approval inbox) and attached files."""
	geser_baris("Comment", {"reference_doctype": doctype, "reference_name": name}, jam)
	geser_baris("Workflow Action", {"reference_doctype": doctype, "reference_name": name}, jam)
	geser_baris("File", {"attached_to_doctype": doctype, "attached_to_name": name}, jam)
	waktu = {df.fieldname for df in frappe.get_meta(doctype).fields if df.fieldtype == "Datetime"}
	for row in frappe.get_all(
		"Version", filters={"ref_doctype": doctype, "docname": name}, fields=["name", "creation", "data"]
	):
		data = json.loads(row.data or "{}")
		# a changed Datetime (the moment the document entered its step) is shown on the timeline
		for change in data.get("changed", []):
			if change[0] in waktu:
				change[1:] = [str(jam.geser(value)) if value else value for value in change[1:]]
		for _table, child in data.get("added", []) + data.get("removed", []):
			child.update(
				{key: str(jam.geser(child[key])) for key in ("creation", "modified") if child.get(key)}
			)
		frappe.db.set_value(
			"Version",
			row.name,
			{
				"creation": jam.geser(row.creation),
				"modified": jam.geser(row.creation),
				"data": json.dumps(data, separators=(",", ":")),
			},
			update_modified=False,
		)


def geser_log(name: str, jam: Jam):
	"""The step log at the story's times: the deadline and the working time by jam_kerja, the clock time
	and the breach as mutu_baku._tutup_log writes them when a step is left."""
	for row in frappe.get_all(
		mutu_baku.LOG,
		filters={"reference_doctype": kosakata.DOCTYPE, "reference_name": name},
		fields=["name", "masuk", "keluar", "waktu_baku", "creation"],
	):
		masuk = jam.geser(row.masuk)
		values = {
			"masuk": masuk,
			"creation": jam.geser(row.creation),
			"modified": jam.geser(row.keluar or row.creation),
			"batas_waktu": jam_kerja.batas_waktu(masuk, row.waktu_baku),
		}
		if row.keluar:
			keluar = jam.geser(row.keluar)
			values.update(keluar=keluar, **mutu_baku.lama_langkah(masuk, keluar, row.waktu_baku))
		frappe.db.set_value(mutu_baku.LOG, row.name, values, update_modified=False)
