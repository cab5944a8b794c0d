"""Helpers for the print formats. Frappe's Jinja environment does not autoescape: these escape."""

import frappe
from frappe.utils import escape_html, getdate
from frappe.utils.html_utils import sanitize_html

from sop_kinerja import pelimpahan

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


def pengaturan_sop():
	"""The office's settings: kop surat lines and the place name above the signature."""
	return frappe.get_cached_doc("Pengaturan SOP Kinerja")


def bagan_sop(doc) -> dict:
	"""The SOP AP flowchart of an SOP record: lanes, and each step's row height and SVG strip."""
	from sop_kinerja.bagan_alir import bagan

	return bagan(doc.langkah)


def penandatangan(doc) -> dict:
	"""The Nota Dinas's signer: the official it names, or the Plt./Plh. who signed for them (pelimpahan.py)."""
	return pelimpahan.penandatangan(doc)
