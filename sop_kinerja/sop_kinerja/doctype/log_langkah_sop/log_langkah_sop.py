# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document

# What a reader of the log sees, in order: used by the form and the tests.
LOG_FIELDS = (
	"langkah",
	"workflow_state",
	"aksi",
	"next_state",
	"user",
	"role",
	"masuk",
	"keluar",
	"durasi",
	"catatan",
)


class LogLangkahSOP(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aksi: DF.Data | None
		catatan: DF.SmallText | None
		durasi: DF.Duration | None
		keluar: DF.Datetime | None
		langkah: DF.Int
		masuk: DF.Datetime | None
		name: DF.Int | None
		next_state: DF.Data | None
		reference_doctype: DF.Link
		reference_name: DF.DynamicLink
		role: DF.Link | None
		user: DF.Link | None
		workflow_state: DF.Data | None
	# end: auto-generated types
	pass
