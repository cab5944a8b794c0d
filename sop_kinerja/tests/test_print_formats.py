"""The Nota Dinas and Lembar Disposisi print formats rendered on the site: fields, escaping, PDF."""

import io

import frappe
from pypdf import PdfReader

from sop_kinerja.naskah import kosakata
from sop_kinerja.naskah.pdf import get_nota_dinas_pdf
from sop_kinerja.tests.utils import (
	IntegrationTestCase,
	ensure_role_users,
	fill_koreksi,
	new_perbaikan,
	walk_to,
)

SCRIPT = "<script>alert('xss')</script>"
SETTINGS = "Pengaturan SOP Kinerja"


class TestPrintFormats(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_role_users()
		cls.name = new_perbaikan()
		walk_to(cls.name, "Penyusunan Pelaksana")
		fill_koreksi(cls.name)
		walk_to(cls.name, kosakata.DITANDATANGANI)

	def set_alamat(self, value):
		frappe.db.set_single_value(SETTINGS, "alamat_instansi", value)
		frappe.clear_document_cache(SETTINGS, SETTINGS)

	def render(self, print_format, name=None):
		return frappe.get_print(kosakata.DOCTYPE, name or self.name, print_format=print_format)

	def test_nota_dinas_shows_the_tata_naskah_dinas_blocks(self):
		html = self.render("Nota Dinas")
		doc = frappe.get_doc(kosakata.DOCTYPE, self.name)
		for text in (
			"NOTA DINAS",
			f"NOMOR {doc.name}",
			"Yth.",
			"Para Kepala Bidang di lingkungan Satpol PP Provinsi Kalimantan Barat",
			"Tembusan",
			"Kepala Satuan (sebagai laporan)",
			"24 November 2026",
			"Segera",
			"1 (satu) berkas",
			doc.hal,
			"paling lambat tanggal 28 November 2026",
			"Persentase penegakan Perda yang ditindaklanjuti (1)",
			"78,5",
			"Drs. H. Ahmad Fauzi, M.Si.",
			"Pembina Utama Muda (IV/c)",
			"NIP. 197503152000031002",
			"Kepala Satuan Polisi Pamong Praja",
			"SATUAN POLISI PAMONG PRAJA",
			"PEMERINTAH PROVINSI KALIMANTAN BARAT",
		):
			self.assertIn(text, html)

	def test_lembar_disposisi_shows_the_incoming_letter_and_instruction(self):
		html = self.render("Lembar Disposisi")
		for text in (
			"LEMBAR DISPOSISI",
			"Biro Organisasi Setda Provinsi Kalimantan Barat",
			"061/245/ORG",
			"20 November 2026",
			"21 November 2026",
			"412",
			"Siapkan Nota Dinas permintaan data kinerja ke seluruh bidang.",
		):
			self.assertIn(text, html)

	def test_user_text_prints_as_text_not_markup(self):
		name = new_perbaikan()
		walk_to(name, "Penyusunan Pelaksana")
		fill_koreksi(name, rows=1)
		# the save-time sanitizer would already escape these; store them raw as a careless import might
		for field in ("hal", "kepada", "tembusan", "dari", "lampiran", "isi", "surat_dari", "isi_disposisi"):
			frappe.db.set_value(kosakata.DOCTYPE, name, field, f"{field} {SCRIPT}")
		frappe.db.set_value("Koreksi Data Kinerja", {"parent": name}, "indikator_kinerja", SCRIPT)
		self.set_alamat(SCRIPT)
		self.addCleanup(self.set_alamat, frappe.db.get_single_value(SETTINGS, "alamat_instansi"))
		for print_format in ("Nota Dinas", "Lembar Disposisi"):
			with self.subTest(print_format=print_format):
				html = self.render(print_format, name)
				self.assertNotIn("<script>alert", html)
				self.assertIn("&lt;script&gt;alert(", html)

	def test_pdf_renders_and_numbers_pages_from_the_second(self):
		pdf = frappe.get_print(kosakata.DOCTYPE, self.name, print_format="Nota Dinas", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))
		box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
		self.assertAlmostEqual(float(box.width), 595, delta=2)  # A4: 210 x 297 mm
		self.assertAlmostEqual(float(box.height), 842, delta=2)

		name = new_perbaikan()
		walk_to(name, "Penyusunan Pelaksana")
		fill_koreksi(name, rows=40)
		numbered = PdfReader(io.BytesIO(get_nota_dinas_pdf(frappe.get_doc(kosakata.DOCTYPE, name))))
		self.assertGreaterEqual(len(numbered.pages), 2)
		self.assertNotIn("- 1 -", numbered.pages[0].extract_text())
		for number, page in enumerate(numbered.pages[1:], start=2):
			self.assertIn(f"- {number} -", page.extract_text())

	def test_lembar_disposisi_pdf_renders(self):
		pdf = frappe.get_print(kosakata.DOCTYPE, self.name, print_format="Lembar Disposisi", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))

	def test_desk_pdf_download_is_numbered(self):
		"""The desk's PDF button calls frappe.utils.print_format.download_pdf; the app's override numbers it."""
		method = frappe.get_hooks("override_whitelisted_methods")["frappe.utils.print_format.download_pdf"][
			-1
		]
		self.assertEqual(method, "sop_kinerja.naskah.pdf.download_pdf")

		name = new_perbaikan()
		walk_to(name, "Penyusunan Pelaksana")
		fill_koreksi(name, rows=40)
		frappe.get_attr(method)(kosakata.DOCTYPE, name, format="Nota Dinas")
		self.assertEqual(frappe.local.response.type, "pdf")
		pdf = PdfReader(io.BytesIO(frappe.local.response.filecontent))
		self.assertIn("- 2 -", pdf.pages[1].extract_text())

	def test_other_prints_are_left_to_frappe(self):
		"""Any print but the Nota Dinas goes, untouched and once, to Frappe's own download."""
		from unittest.mock import patch

		from sop_kinerja.naskah import pdf

		method = frappe.get_hooks("override_whitelisted_methods")["frappe.utils.print_format.download_pdf"]
		with (
			patch("frappe.utils.print_format.download_pdf") as frappes,
			patch.object(pdf, "number_pages") as number_pages,
		):
			frappe.get_attr(method[-1])("Note", "catatan-uji", format="Standard")
			frappe.get_attr(method[-1])(kosakata.DOCTYPE, self.name, format="Lembar Disposisi")
		self.assertEqual(
			[c.args[:3] for c in frappes.call_args_list],
			[("Note", "catatan-uji", "Standard"), (kosakata.DOCTYPE, self.name, "Lembar Disposisi")],
		)
		number_pages.assert_not_called()

	def test_kop_shows_the_office_logo(self):
		from PIL import Image

		png = io.BytesIO()
		Image.new("RGB", (120, 140), (180, 20, 20)).save(png, format="PNG")
		logo = frappe.get_doc(
			{"doctype": "File", "file_name": "lambang-uji.png", "is_private": 1, "content": png.getvalue()}
		).insert(ignore_permissions=True)
		previous = frappe.db.get_single_value(SETTINGS, "logo")
		frappe.db.set_single_value(SETTINGS, "logo", logo.file_url)
		frappe.clear_document_cache(SETTINGS, SETTINGS)
		self.addCleanup(frappe.clear_document_cache, SETTINGS, SETTINGS)
		self.addCleanup(frappe.db.set_single_value, SETTINGS, "logo", previous)

		self.assertIn(logo.file_url, self.render("Nota Dinas"))
		pdf = PdfReader(io.BytesIO(get_nota_dinas_pdf(frappe.get_doc(kosakata.DOCTYPE, self.name))))
		xobjects = pdf.pages[0]["/Resources"].get("/XObject", {})
		images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
		self.assertTrue(images, "the logo is drawn on page 1")


class TestSOPAPPrintFormat(IntegrationTestCase):
	"""The SOP AP sheet of the shipped SOP record: identity block, swimlanes, mutu baku, PDF."""

	NAME = "SOP Perbaikan Data Kinerja"

	def tearDown(self):
		frappe.db.rollback()

	def test_the_sheet_holds_the_identity_block_and_every_step(self):
		html = frappe.get_print("SOP", self.NAME, print_format="SOP AP")
		for text in (
			"Nomor SOP",
			"Tanggal Efektif",
			"Disahkan oleh",
			"Kepala Satuan Polisi Pamong Praja Provinsi Kalimantan Barat",
			"Dasar Hukum",
			"Nomor 53 Tahun 2014",
			"Kualifikasi Pelaksana",
			"SOP LAKIP dan Penyusunan Renja",
			"Peralatan / Perlengkapan",
			"Pencatatan dan Pendataan",
			"Buku Agenda",
			"Mutu Baku",
			"Kelengkapan",
			"20 menit",
			"Draft Perbaikan Data Kinerja",
		):
			self.assertIn(text, html)
		for role in kosakata.ROLES:  # one swimlane header per pelaksana
			self.assertIn(f'<th class="lane">{role}</th>', html)
		self.assertEqual(html.count('<table class="bagan langkah">'), 10)
		self.assertEqual(html.count('class="simbol-keputusan"'), 3)
		self.assertEqual(html.count('class="simbol-mulai-selesai"'), 2)
		self.assertEqual(html.count('class="simbol-proses"'), 5)

	def test_user_text_in_the_sop_prints_as_text(self):
		frappe.db.set_value("SOP", self.NAME, "peringatan", SCRIPT)
		frappe.db.set_value("SOP Langkah", {"parent": self.NAME, "no": 4}, "kegiatan", SCRIPT)
		html = frappe.get_print("SOP", self.NAME, print_format="SOP AP")
		self.assertNotIn(SCRIPT, html)
		self.assertEqual(html.count("&lt;script&gt;"), 2)

	def test_pdf_is_a4_landscape(self):
		pdf = PdfReader(io.BytesIO(frappe.get_print("SOP", self.NAME, print_format="SOP AP", as_pdf=True)))
		self.assertGreaterEqual(len(pdf.pages), 2)
		for page in pdf.pages:
			self.assertEqual((round(page.mediabox.width), round(page.mediabox.height)), (842, 595))
		text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
		self.assertIn("Mutu Baku", text)
		self.assertIn("Mengarsipkan Perbaikan Data Kinerja", text)
