"""Helpers for the print formats. Frappe's Jinja environment does not autoescape: these escape."""

import frappe
from frappe.utils import escape_html, getdate
from frappe.utils.html_utils import sanitize_html

from sop_kinerja.mesin import pelimpahan, unit
from sop_kinerja.naskah import kosakata

BULAN = (
	"Januari",
	"Februari",
	"Maret",
	"April",
	"Mei",
	"Juni",
	"Juli",
	"Agustus",
	"September",
	"Oktober",
	"November",
	"Desember",
)


def tanggal_indonesia(value) -> str:
	"""24 November 2026, as tata naskah dinas writes dates whatever the site's date format."""
	if not value:
		return ""
	date = getdate(value)
	return f"{date.day} {BULAN[date.month - 1]} {date.year}"


def teks(value) -> str:
	"""Plain user text: escaped, line breaks kept."""
	return escape_html(value or "").replace("\n", "<br>")


def teks_kaya(value) -> str:
	"""Rich text from a Text Editor: allowed formatting kept, anything else (a <script>) shown as text."""
	return sanitize_html(value or "", always_sanitize=True)


def pengaturan_sop(doc=None, unit_kerja: str | None = None):
	"""The office's settings: kop surat lines and the place name above the signature; for a document
	of a unit (or for `unit_kerja`) that has its own, the unit's (each value it leaves empty, the site's)."""
	settings = frappe.get_cached_doc("Pengaturan SOP Kinerja")
	own = unit.pengaturan_unit(unit.unit_dokumen(doc) if doc else unit_kerja)
	return frappe._dict({**settings.as_dict(), **own}) if own else settings


def bagan_sop(doc) -> dict:
	"""The SOP AP flowchart of an SOP record: lanes, and each step's row height and SVG strip."""
	from sop_kinerja.mesin.bagan_alir import bagan

	return bagan(doc.langkah)


def penandatangan(doc) -> dict:
	"""Who signs the Nota Dinas on its print: the official it names, or, when an acting official (Plt./Plh.)
	signed it, "Plh. <jabatan>" with the acting official's name, pangkat and NIP (from the signing step's
	log line)."""
	ttd = {
		"jabatan": doc.penandatangan_jabatan,
		"nama": doc.penandatangan_nama,
		"pangkat": doc.penandatangan_pangkat,
		"nip": doc.penandatangan_nip,
	}
	if doc.docstatus != 1 or not doc.name:
		return ttd
	name = frappe.db.get_value(
		"Log Langkah SOP",
		{"reference_doctype": doc.doctype, "reference_name": doc.name, "next_state": kosakata.DITANDATANGANI},
		"pelimpahan",
		order_by="name desc",
	)
	if not name:
		return ttd
	jenis, pelaksana = frappe.db.get_value(pelimpahan.DOCTYPE, name, ["jenis", "pelaksana"])
	acting = frappe.db.get_value("Pejabat", pelaksana, ["nama", "pangkat_golongan", "nip"], as_dict=True)
	return {
		"jabatan": f"{jenis} {doc.penandatangan_jabatan}",
		"nama": acting.nama,
		"pangkat": acting.pangkat_golongan,
		"nip": acting.nip,
	}
