# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document

# What a reader of the log sees, in order: used by the form and the tests.
LOG_FIELDS = (
	"langkah",
	"workflow_state",
	"aksi",
	"next_state",
	"user",
	"role",
	"jenis_pelimpahan",
	"atas_nama",
	"masuk",
	"keluar",
	"durasi",
	"durasi_jam",
	"waktu_baku",
	"batas_waktu",
	"lewat_waktu",
	"catatan",
	"keluaran",
)


REPORT_INDEX = "waktu_per_langkah_jam"


class LogLangkahSOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aksi: DF.Data | None
		atas_nama: DF.Link | None
		batas_waktu: DF.Datetime | None
		catatan: DF.SmallText | None
		diberitahu: DF.Check
		durasi: DF.Duration | None
		durasi_jam: DF.Duration | None
		jenis_pelimpahan: DF.Data | None
		keluar: DF.Datetime | None
		keluaran: DF.SmallText | None
		langkah: DF.Int
		lewat_waktu: DF.Check
		masuk: DF.Datetime | None
		name: DF.Int | None
		next_state: DF.Data | None
		pelimpahan: DF.Link | None
		putaran: DF.Int
		reference_doctype: DF.Link
		reference_name: DF.DynamicLink
		role: DF.Link | None
		sop: DF.Link | None
		unit_kerja: DF.Link | None
		user: DF.Link | None
		waktu_baku: DF.Int
		workflow_state: DF.Data | None
	# end: auto-generated types
	pass


def on_doctype_update():
	# "Waktu per Langkah" reads only this index, in its order: per step, working durations ascending.
	# Counts stream through it, and a percentile is one seek (see the report, and
	# benchmarks/waktu-per-langkah). Clock time rides along for the report's columns beside them.
	frappe.db.add_index(
		"Log Langkah SOP",
		["sop", "langkah", "durasi", "keluar", "waktu_baku", "unit_kerja", "putaran", "durasi_jam"],
		index_name=REPORT_INDEX,
	)
	# the index before clock time was kept (the name changed with its columns)
	if frappe.db.has_index("tabLog Langkah SOP", "waktu_per_langkah_index"):
		frappe.db.sql_ddl("alter table `tabLog Langkah SOP` drop index waktu_per_langkah_index")
	# the step log of one document
	frappe.db.add_index("Log Langkah SOP", ["reference_doctype", "reference_name"])
