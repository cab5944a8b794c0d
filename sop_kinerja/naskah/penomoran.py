"""Nota Dinas numbers as tata naskah dinas writes them, and naming-series counters made before anyone
needs them.

**Nomor Nota Dinas.** Pengaturan SOP Kinerja may hold a pattern such as
`{klasifikasi}/{nomor}/{unit}/{tahun}`, giving `000.1.5/0123/SATPOLPP-A/2026`: the document's
classification code (Klasifikasi Arsip), the running number at the set width, the unit code and the
year of the document's date. A unit (Unit Kerja) may have its own code and classification; its memos
then count on their own. The dots of a classification code cannot stand in a naming series (it
splits on them), so the name is built here and only the running number comes from a counter:
`getseries` takes its `tabSeries` row under a locking read inside the saving transaction, so two saves
never get the same number and a save that fails rolls its number back (no gap). The counter's key is the
unit and the year, so the count starts again each year. With no pattern the DocType's naming series
applies; either way a document keeps the name it was given.

**Counters.**
Frappe creates a series counter (a `tabSeries` row) the first time a prefix such as `ARS/2026/` is
used, after a locking read of the missing row. Two documents named at that moment both hold a gap
lock and deadlock on the insert (seen with concurrent Arsipkan on a new site). A counter that
exists is only row-locked, so the app makes this year's counters (and next year's for the Nota Dinas
pattern) at install, at every migrate, daily and when the pattern is saved.
"""

import re

import frappe
from frappe import _
from frappe.model.naming import NamingSeries, getseries
from frappe.utils import cint, getdate, today

from sop_kinerja.mesin import unit
from sop_kinerja.naskah import kosakata

NAMED_BY_SERIES = (kosakata.DOCTYPE, "Arsip")
SETTINGS = "Pengaturan SOP Kinerja"
PLACEHOLDERS = ("klasifikasi", "nomor", "unit", "tahun")
# what Frappe refuses in a name, what a URL or a naming series reads as its own (`?`, `#`, `%`), and
# the pattern's own braces once filled in
NOT_IN_NAME = re.compile(r"[<>%{}?#\[\]'\"\n]")


class PolaNomorTidakSahError(frappe.ValidationError):
	pass


def pola_nomor(doc=None) -> frappe._dict:
	"""The site's number pattern, with the unit code and classification of the document's unit where
	the unit has its own (Unit Kerja): each unit code counts on its own."""
	settings = frappe.db.get_singles_dict(SETTINGS)
	own = unit.pengaturan_unit(unit.unit_dokumen(doc)) if doc else {}
	return frappe._dict(
		pola=(settings.get("pola_nomor") or "").strip(),
		lebar=cint(settings.get("lebar_nomor")) or 4,
		unit=(own.get("kode_unit") or settings.get("kode_unit") or "").strip(),
		klasifikasi=own.get("klasifikasi_nota_dinas") or settings.get("klasifikasi_nota_dinas"),
	)


def validate_pola(pola: str, lebar: int, unit: str):
	"""A pattern the admin sets: known placeholders only, with the running number and the year, a unit
	code when it asks for one, and nothing Frappe refuses in a name."""
	if not pola:
		return
	used = re.findall(r"\{([^{}]*)\}", pola)
	unknown = [name for name in used if name not in PLACEHOLDERS]
	if unknown:
		frappe.throw(
			_("The number pattern knows {0}; not {1}.").format(
				", ".join("{" + name + "}" for name in PLACEHOLDERS),
				", ".join("{" + name + "}" for name in unknown),
			),
			exc=PolaNomorTidakSahError,
		)
	for needed in ("nomor", "tahun"):
		if needed not in used:
			frappe.throw(
				_("The number pattern must contain {0}.").format("{" + needed + "}"),
				exc=PolaNomorTidakSahError,
			)
	if len(used) != len(set(used)):
		frappe.throw(_("Each placeholder may appear once in the number pattern."), exc=PolaNomorTidakSahError)
	if "unit" in used and not unit:
		frappe.throw(
			_("The number pattern uses {0}: enter the Kode Unit.").format("{unit}"),
			exc=PolaNomorTidakSahError,
		)
	if not 1 <= lebar <= 10:
		frappe.throw(
			_("The running number's width must be between 1 and 10 digits."), exc=PolaNomorTidakSahError
		)
	sample = isi_pola(pola, klasifikasi="000.1.5", nomor="1".zfill(lebar), unit=unit, tahun="2026")
	if NOT_IN_NAME.search(sample) or NOT_IN_NAME.search(unit):
		frappe.throw(
			_("A number cannot contain any of {0}.").format("< > % { } ? # [ ] ' \""),
			exc=PolaNomorTidakSahError,
		)


def isi_pola(pola: str, **values) -> str:
	for name, value in values.items():
		pola = pola.replace("{" + name + "}", str(value))
	return pola


def kunci_nomor(unit: str, tahun) -> str:
	"""The running number's counter: one per unit code and year."""
	return f"Nota Dinas/{unit}/{tahun}"


def nomor_nota_dinas(doc) -> str | None:
	"""The new document's name by the pattern, or None when no pattern is set."""
	setting = pola_nomor(doc)
	if not setting.pola:
		return None
	if "{klasifikasi}" in setting.pola and not doc.get("klasifikasi"):
		frappe.throw(
			_("Choose the Kode Klasifikasi: the Nota Dinas number includes it."),
			exc=PolaNomorTidakSahError,
			title=_("Kode Klasifikasi Missing"),
		)
	tahun = getdate(doc.get("tanggal") or today()).year
	nomor = getseries(kunci_nomor(setting.unit, tahun), setting.lebar)
	return isi_pola(
		setting.pola, klasifikasi=doc.get("klasifikasi") or "", nomor=nomor, unit=setting.unit, tahun=tahun
	)


def ensure_series_counters():
	keys = []
	for doctype in NAMED_BY_SERIES:
		options = frappe.get_meta(doctype).get_options("naming_series") or ""
		for series in filter(None, (option.strip() for option in options.split("\n"))):
			keys.append(NamingSeries(series).get_prefix())
	if (setting := pola_nomor()).pola:
		# next year's too, so the first memos of January find their counter before the daily job has run
		tahun = getdate(today()).year
		codes = {setting.unit, *frappe.get_all("Unit Kerja", {"kode_unit": ("is", "set")}, pluck="kode_unit")}
		keys += [kunci_nomor(code.strip(), year) for code in codes for year in (tahun, tahun + 1)]
	for key in keys:
		if frappe.db.get_value("Series", key, "name", order_by=None) is None:
			frappe.qb.into("Series").columns("name", "current").insert(key, 0).run()
