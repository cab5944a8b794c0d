"""PDFs of the Nota Dinas, numbered from page 2 as tata naskah dinas asks.

Debian's wkhtmltopdf is built on unpatched Qt and ignores header and footer HTML, so page numbers
cannot come from the print format. They are stamped onto the finished PDF with pypdf (shipped with
Frappe) in a standard PDF font, which works with any wkhtmltopdf build.
"""

import io

import frappe
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from sop_kinerja.mesin.coba_ulang import previous_override
from sop_kinerja.naskah import kosakata

NOTA_DINAS = "Nota Dinas"
NUMBERED_PRINT_FORMATS = (NOTA_DINAS,)
FONT_SIZE = 10
TOP_OFFSET = 28  # points from the top edge: inside the page's top margin


def get_nota_dinas_pdf(doc) -> bytes:
	pdf = frappe.get_print(doc.doctype, doc.name, print_format=NOTA_DINAS, doc=doc, as_pdf=True)
	return number_pages(pdf)


def number_pages(pdf: bytes, first: int = 2) -> bytes:
	"""Write "- n -" at the top centre of every page from `first` on."""
	reader = PdfReader(io.BytesIO(pdf))
	writer = PdfWriter()
	for number, page in enumerate(reader.pages, start=1):
		writer.add_page(page)
		if number >= first:
			_stamp(writer.pages[-1], f"- {number} -")
	out = io.BytesIO()
	writer.write(out)
	return out.getvalue()


def _stamp(page, text: str):
	width, height = float(page.mediabox.width), float(page.mediabox.height)
	text_width = 0.556 * FONT_SIZE * len(text)  # Helvetica digits and hyphen-minus are about 556/1000 em
	x, y = (width - text_width) / 2, height - TOP_OFFSET

	font = DictionaryObject(
		{
			NameObject("/Type"): NameObject("/Font"),
			NameObject("/Subtype"): NameObject("/Type1"),
			NameObject("/BaseFont"): NameObject("/Helvetica"),
		}
	)
	resources = page.get("/Resources")
	resources = resources.get_object() if resources else DictionaryObject()
	fonts = resources.get("/Font")
	fonts = fonts.get_object() if fonts else DictionaryObject()
	# a direct font dictionary (PDF allows it for fonts): no private pypdf API needed to add an object
	fonts[NameObject("/SopPageNo")] = font
	resources[NameObject("/Font")] = fonts
	page[NameObject("/Resources")] = resources

	stream = DecodedStreamObject()
	stream.set_data(f"q BT /SopPageNo {FONT_SIZE} Tf {x:.2f} {y:.2f} Td ({text}) Tj ET Q".encode())
	contents = page.get_contents()
	if contents is not None:
		# wkhtmltopdf leaves its own coordinate transform in force: isolate it with q ... Q
		stream.set_data(b"q\n" + contents.get_data() + b"\nQ\n" + stream.get_data())
	page.replace_contents(stream)


@frappe.whitelist(allow_guest=True)
def download_pdf(doctype, name, format=None, doc=None, no_letterhead=0, language=None, letterhead=None):
	"""The desk's PDF button: page numbers added to the Nota Dinas; any other print is left, untouched,
	to what answers without this app (an earlier app's override, else Frappe's own download)."""
	download = previous_override("frappe.utils.print_format.download_pdf")
	download(doctype, name, format, doc, no_letterhead, language, letterhead)
	if doctype == kosakata.DOCTYPE and format in NUMBERED_PRINT_FORMATS:
		frappe.local.response.filecontent = number_pages(frappe.local.response.filecontent)
