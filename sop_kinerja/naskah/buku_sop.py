"""The unit's SOP book (Buku SOP): one PDF of everything in force, as offices bind it for the Keputusan
that ratifies their SOPs: a cover, the list of SOPs (Daftar SOP: number, name, Tgl. Efektif) as the
Keputusan's lampiran, then every SOP AP sheet as its print format prints it.

"In force" is an SOP that runs (*Aktif*). The book holds the SOPs the user may read, of one unit
when one is named; the sheets are merged with pypdf (shipped with Frappe).
"""

import io

import frappe
from frappe import _
from frappe.utils import nowdate
from frappe.utils.pdf import get_pdf
from pypdf import PdfReader, PdfWriter

from sop_kinerja.naskah.cetak import pengaturan_sop, tanggal_indonesia, teks

SOP_AP = "SOP AP"


def sop_berlaku(unit: str | None = None) -> list[frappe._dict]:
	filters = {"aktif": 1, **({"unit_kerja": unit} if unit else {})}
	return frappe.get_list(
		"SOP",
		filters=filters,
		fields=["name", "nama_sop", "nomor_sop", "tanggal_efektif", "unit", "unit_kerja"],
		order_by="nomor_sop asc, nama_sop asc",
	)


def halaman_depan(daftar: list, unit: str | None) -> str:
	"""The cover and the Daftar SOP, as HTML for one wkhtmltopdf run."""
	kop = pengaturan_sop(unit_kerja=unit)
	judul = teks(unit or kop.nama_instansi or "")
	baris = "".join(
		f"<tr><td>{i}</td><td>{teks(sop.nomor_sop)}</td><td>{teks(sop.nama_sop)}</td>"
		f"<td>{teks(tanggal_indonesia(sop.tanggal_efektif))}</td></tr>"
		for i, sop in enumerate(daftar, 1)
	)
	return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
		body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; }}
		.sampul {{ text-align: center; padding-top: 70mm; page-break-after: always; }}
		.sampul h1 {{ font-size: 22pt; margin-bottom: 8mm; }}
		table {{ width: 100%; border-collapse: collapse; }}
		th, td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: top; }}
	</style></head><body>
	<div class="sampul">
		<div>{teks(kop.nama_pemerintah)}</div>
		<h1>{_("Standard Operating Procedures")}</h1>
		<h2>{judul}</h2>
		<p>{teks(tanggal_indonesia(nowdate()))}</p>
	</div>
	<h3>{_("List of SOPs (Daftar SOP)")}</h3>
	<p>{_("Lampiran of the Keputusan ratifying the SOPs of {0}").format(judul)}</p>
	<table><thead><tr><th>{_("No.")}</th><th>{_("SOP Number")}</th><th>{_("SOP Name")}</th>
	<th>{_("Effective Date")}</th></tr></thead><tbody>{baris}</tbody></table>
	</body></html>"""


def buat(unit: str | None = None) -> bytes:
	daftar = sop_berlaku(unit)
	if not daftar:
		frappe.throw(_("No SOP in force to put in the book."), title=_("Buku SOP"))
	writer = PdfWriter()
	writer.append(PdfReader(io.BytesIO(get_pdf(halaman_depan(daftar, unit)))))
	for sop in daftar:
		writer.append(
			PdfReader(io.BytesIO(frappe.get_print("SOP", sop.name, print_format=SOP_AP, as_pdf=True)))
		)
	out = io.BytesIO()
	writer.write(out)
	return out.getvalue()


@frappe.whitelist()
def unduh(unit: str | None = None):
	"""Buku SOP as a PDF download, for one unit or every SOP the user may read."""
	frappe.has_permission("SOP", "print", throw=True)
	frappe.local.response.filename = f"Buku SOP {unit or ''}".strip() + ".pdf"
	frappe.local.response.filecontent = buat(unit or None)
	frappe.local.response.type = "pdf"
