"""A printed Nota Dinas anyone can verify: the record made at the signature, the QR code and short code on
the print and in the PDF, the archived PDF's SHA-256, and the public page over a real web server."""

import hashlib
import io
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time

import frappe
import requests
from frappe.utils import get_url
from frappe.utils.password import update_password
from pypdf import PdfReader

from sop_kinerja.mesin import mutu_baku
from sop_kinerja.naskah import kosakata, verifikasi
from sop_kinerja.naskah.pdf import NOTA_DINAS, get_nota_dinas_pdf
from sop_kinerja.patches import verifikasi_naskah_lama
from sop_kinerja.tests.contoh import koreksi_row
from sop_kinerja.tests.rest import PASSWORD, RestTestCase
from sop_kinerja.tests.utils import (
	OUTSIDER,
	USERS,
	RoleUsersTestCase,
	act,
	as_user,
	fill_nota_dinas,
	new_perbaikan,
	straight_path,
	transitions,
	walk_to,
)

DOCTYPE = verifikasi.DOCTYPE


def before_signing() -> str:
	"""The state the signature moves a document out of (step 7 of the shipped SOP)."""
	return next(t.state for t in straight_path() if t.next_state == kosakata.DITANDATANGANI)


def kembalikan_koreksi() -> frappe._dict:
	"""The first review that may send the corrections back to the Pelaksana (step 5 of the shipped SOP)."""
	return next(
		t
		for t in transitions()
		if t.next_state == kosakata.PENYUSUNAN_PELAKSANA
		and mutu_baku.is_kembalikan(kosakata.DOCTYPE, t.state, t.next_state)
	)


def record_of(name: str) -> frappe._dict | None:
	return frappe.db.get_value(
		DOCTYPE, {"reference_doctype": kosakata.DOCTYPE, "reference_name": name}, "*", as_dict=True
	)


def print_html(name: str) -> str:
	return frappe.get_print(kosakata.DOCTYPE, name, print_format=NOTA_DINAS)


def pdf_text(pdf: bytes) -> str:
	return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def qr_codes_in(pdf: bytes) -> set[str]:
	"""What a phone reads off the PDF: every page drawn at a few resolutions and read by OpenCV's two QR
	detectors (each misses a sharp code now and then at one resolution or another)."""
	import cv2
	import numpy
	import pypdfium2

	found = set()
	for page in pypdfium2.PdfDocument(pdf):
		for dpi in (200, 300, 400):
			image = numpy.array(page.render(scale=dpi / 72).to_pil().convert("L"))
			for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
				found.add(detector.detectAndDecode(image)[0])
	return found - {""}


class TestVerifikasiNaskah(RoleUsersTestCase):
	"""In the app: what signing, printing, archiving and cancelling write (rolled back after each test)."""

	def signed(self, **values) -> str:
		name = new_perbaikan(**values)
		walk_to(name, kosakata.DITANDATANGANI)
		return name

	def test_a_document_not_signed_has_no_codes_and_its_print_no_qr(self):
		name = new_perbaikan()
		walk_to(name, before_signing())
		self.assertIsNone(record_of(name))
		self.assertIsNone(verifikasi.verifikasi_naskah(frappe.get_doc(kosakata.DOCTYPE, name)))
		html = print_html(name)
		self.assertNotIn("qr-verifikasi", html)
		self.assertNotIn("kode verifikasi", html)

	def test_the_signature_records_what_the_page_may_show(self):
		name = self.signed()
		doc = frappe.get_doc(kosakata.DOCTYPE, name)
		record = record_of(name)
		self.assertEqual(
			(record.nomor, str(record.tanggal), record.hal),
			(doc.name, str(doc.tanggal), doc.hal),
		)
		self.assertEqual(record.penandatangan, doc.penandatangan)
		self.assertEqual(record.penandatangan_jabatan, "Kepala Satuan Polisi Pamong Praja")
		self.assertEqual(record.penandatangan_nama, "Drs. H. Ahmad Fauzi, M.Si.")
		self.assertEqual(record.ditandatangani_oleh, USERS[kosakata.KEPALA_SATUAN])
		signing = frappe.get_all(
			"Log Langkah SOP",
			{"reference_name": name, "next_state": kosakata.DITANDATANGANI},
			pluck="keluar",
		)
		self.assertEqual(record.ditandatangani_pada, signing[0])
		self.assertIsNone(record.sha256)

	def test_token_and_short_code_are_random_and_open_the_same_record(self):
		first, second = record_of(self.signed()), record_of(self.signed())
		for record in (first, second):
			self.assertRegex(record.token, r"^[0-9a-f]{40}$")  # 160 bits
			self.assertRegex(record.kode, r"^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{28}$")  # 140 bits
		self.assertNotEqual(first.token, second.token)
		self.assertNotEqual(first.kode, second.kode)

		by_token = verifikasi.cari(first.token)
		self.assertEqual(by_token.nomor, first.nomor)
		printed = verifikasi.tampilkan_kode(first.kode)
		self.assertRegex(printed, r"^(\w{4}-){6}\w{4}$")
		# as a person types it off the paper: lower case, spaces, O for 0 and l for 1
		typed = printed.lower().replace("-", " ").replace("0", "o").replace("1", "l")
		for kode in (printed, first.kode, typed):
			self.assertEqual(verifikasi.cari(kode), by_token, kode)
		self.assertEqual(verifikasi.cari(second.token).nomor, second.nomor)

	def test_a_wrong_or_draft_code_finds_nothing(self):
		draft = new_perbaikan()
		for kode in (
			"",
			draft,
			secrets.token_hex(verifikasi.TOKEN_BYTES),
			verifikasi.buat_kode(),
			"x" * 5000,
			"' or 1=1 --",
		):
			self.assertIsNone(verifikasi.cari(kode), kode)
		# a record that points at a document not signed is never shown, however it came to be
		verifikasi.catat_tanda_tangan(frappe.get_doc(kosakata.DOCTYPE, draft), None, None)
		self.assertIsNone(verifikasi.cari(record_of(draft).token))

	def test_the_print_and_the_pdf_carry_the_qr_and_the_short_code(self):
		name = self.signed()
		record = record_of(name)
		printed = verifikasi.tampilkan_kode(record.kode)
		address = get_url(f"/{verifikasi.ROUTE}")

		html = print_html(name)
		self.assertIn('class="qr-verifikasi"', html)
		self.assertIn(printed, html)
		self.assertIn(address, html)
		self.assertNotIn(record.token, html)  # the token is only inside the QR code's drawing

		pdf = get_nota_dinas_pdf(frappe.get_doc(kosakata.DOCTYPE, name))
		self.assertIn(printed, pdf_text(pdf))
		self.assertEqual(qr_codes_in(pdf), {f"{address}?kode={record.token}"})

	def test_the_archived_pdf_carries_the_qr_and_its_sha256_is_recorded(self):
		name = self.signed()
		walk_to(name, kosakata.DIARSIPKAN)  # the archive PDF is made at once in tests (arsip.py)
		berkas = frappe.db.get_value("Arsip", {"reference_name": name}, "berkas")
		archived = frappe.get_doc("File", {"file_url": berkas}).get_content()
		record = record_of(name)
		self.assertEqual(record.sha256, hashlib.sha256(archived).hexdigest())
		self.assertEqual(record.arsip, frappe.db.get_value(kosakata.DOCTYPE, name, "arsip"))
		self.assertIn(verifikasi.tampilkan_kode(record.kode), pdf_text(archived))
		self.assertEqual(verifikasi.cari(record.kode).sha256, record.sha256)

	def test_a_cancelled_document_stays_verifiable_as_cancelled_until_deleted(self):
		name = self.signed()
		token = record_of(name).token
		self.assertIsNone(verifikasi.cari(token).dibatalkan_pada)
		frappe.get_doc(kosakata.DOCTYPE, name).cancel()
		self.assertIsNotNone(verifikasi.cari(token).dibatalkan_pada)
		# the step log holds a document back from deletion; without it, the record goes with the document
		frappe.db.delete("Log Langkah SOP", {"reference_name": name})
		frappe.delete_doc(kosakata.DOCTYPE, name)
		self.assertIsNone(record_of(name))
		self.assertIsNone(verifikasi.cari(token))

	def test_an_upgraded_site_gives_its_signed_documents_their_codes(self):
		signed, archived, draft = self.signed(), self.signed(), new_perbaikan()
		walk_to(archived, kosakata.DIARSIPKAN)
		before = {name: record_of(name) for name in (signed, archived)}
		frappe.db.delete(DOCTYPE, {"reference_name": ("in", [signed, archived])})

		verifikasi_naskah_lama.execute()
		verifikasi_naskah_lama.execute()  # run twice: nothing made twice
		self.assertIsNone(record_of(draft))
		for name in (signed, archived):
			self.assertEqual(frappe.db.count(DOCTYPE, {"reference_name": name}), 1)
			record = record_of(name)
			self.assertNotEqual(record.token, before[name].token)  # new codes
			self.assertEqual(record.ditandatangani_pada, before[name].ditandatangani_pada)
			self.assertEqual(record.ditandatangani_oleh, USERS[kosakata.KEPALA_SATUAN])
		# the PDF archived before the upgrade (it has no QR code) is the one whose hash is shown
		self.assertEqual(record_of(archived).sha256, before[archived].sha256)
		self.assertIsNone(record_of(signed).sha256)

	def test_the_records_are_written_by_the_app_alone(self):
		self.signed()
		for role in kosakata.ROLES:
			frappe.set_user(USERS[role])
			self.assertFalse(frappe.has_permission(DOCTYPE, "read"), role)
		frappe.set_user("Administrator")
		for perm in frappe.get_meta(DOCTYPE).permissions:
			self.assertEqual(perm.role, "System Manager")
			self.assertFalse(any(perm.get(right) for right in ("create", "write", "delete", "submit")), perm)


# --- over the real web server ---------------------------------------------------------------------

# What the document says but the page must never show to a guest: each value is unique to this test
ISI = "<p>Isi rahasia {0}: data kinerja bidang dikirim paling lambat besok.</p>"
KEPADA = "Kepala Bidang Rahasia {0}"
TEMBUSAN = "Inspektur Rahasia {0}"
CATATAN = "Catatan telaah rahasia {0}"
DISPOSISI = "Disposisi rahasia {0}"
SURAT_DARI = "Pengirim Rahasia {0}"
ALASAN = "Alasan koreksi rahasia {0}"


def free_port() -> int:
	with socket.socket() as s:
		s.bind(("127.0.0.1", 0))
		return s.getsockname()[1]


class TestVerifikasiOverHttp(RestTestCase):
	"""The page, the API and the rate limit as a browser on the internet meets them: a real web server
	for the site (`bench serve`) in a process of its own, and committed documents (removed after)."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		update_password(OUTSIDER, PASSWORD)
		cls.server = None
		cls.marker = secrets.token_hex(4)
		cls.secrets = [
			text.format(cls.marker)
			for text in (KEPADA, TEMBUSAN, CATATAN, DISPOSISI, SURAT_DARI, ALASAN, "Isi rahasia {0}")
		]
		try:
			cls.signed = cls.committed_secret_document(kosakata.DIARSIPKAN)
			cls.draft = cls.committed_secret_document(before_signing())
			# a record that points at an unsigned document (none should, whatever happens): not shown
			verifikasi.catat_tanda_tangan(frappe.get_doc(kosakata.DOCTYPE, cls.draft), None, None)
			frappe.db.commit()
			cls.record, cls.draft_record = record_of(cls.signed), record_of(cls.draft)
			cls.start_server()
		except Exception:
			cls.tearDownClass()  # unittest skips it when setUpClass fails: the committed data goes
			raise

	@classmethod
	def committed_secret_document(cls, state: str) -> str:
		name = new_perbaikan(
			isi_disposisi=DISPOSISI.format(cls.marker), surat_dari=SURAT_DARI.format(cls.marker)
		)
		walk_to(name, kosakata.PENYAMPAIAN_SEKRETARIS)
		fill_nota_dinas(
			name,
			isi=ISI.format(cls.marker),
			kepada=KEPADA.format(cls.marker),
			tembusan=TEMBUSAN.format(cls.marker),
		)
		walk_to(name, kosakata.PENYUSUNAN_PELAKSANA)
		with as_user(kosakata.PELAKSANA):
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			doc.append("koreksi", {**koreksi_row(), "alasan": ALASAN.format(cls.marker)})
			doc.save()
		review = kembalikan_koreksi()
		walk_to(name, review.state)
		act(name, review.action, review.role, catatan=CATATAN.format(cls.marker))
		walk_to(name, state)
		cls.made.append(name)
		frappe.db.commit()
		return name

	@classmethod
	def start_server(cls):
		"""`bench serve` for this site, as run-tests serves the browser layer, on a free port."""
		cls.port = free_port()
		cls.base = f"http://127.0.0.1:{cls.port}"
		cls.server_log = tempfile.TemporaryFile()
		cls.server = subprocess.Popen(
			[
				sys.executable,
				*("-m", "frappe.utils.bench_helper", "frappe", "--site", frappe.local.site),
				*("serve", "--port", str(cls.port), "--noreload"),
			],
			cwd=os.path.abspath(frappe.local.sites_path),
			stdout=cls.server_log,
			stderr=subprocess.STDOUT,
		)
		for _ in range(120):
			try:
				if requests.get(f"{cls.base}/api/method/ping", timeout=2).ok:
					return
			except requests.ConnectionError:
				time.sleep(0.5)
		cls.server_log.seek(0)
		raise RuntimeError(f"bench serve did not answer on port {cls.port}:\n{cls.server_log.read()[-3000:]}")

	@classmethod
	def stop_server(cls):
		if not cls.server:
			return
		cls.server.terminate()
		try:
			cls.server.wait(timeout=15)
		except subprocess.TimeoutExpired:
			cls.server.kill()
			cls.server.wait()
		cls.server_log.close()
		cls.server = None

	@classmethod
	def tearDownClass(cls):
		cls.stop_server()
		reset_rate_limit()
		frappe.db.rollback()
		made = cls.made or [""]
		arsip = frappe.get_all("Arsip", {"reference_name": ("in", made)}, pluck="name") or [""]
		for file in frappe.get_all(
			"File", {"attached_to_doctype": "Arsip", "attached_to_name": ("in", arsip)}
		):
			frappe.delete_doc("File", file.name, force=True, ignore_permissions=True)  # and from the disk
		frappe.db.delete(DOCTYPE, {"reference_name": ("in", made)})
		frappe.db.delete("Version", {"ref_doctype": kosakata.DOCTYPE, "docname": ("in", made)})
		# Frappe logs every print request, a guest's refused one too
		frappe.db.delete("Access Log", {"export_from": kosakata.DOCTYPE, "reference_document": ("in", made)})
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		reset_rate_limit()

	def page(self, kode: str | None = None, session=None, **params) -> requests.Response:
		"""The page as an Indonesian browser asks for it."""
		params = {"kode": kode, **params} if kode is not None else params
		return (session or requests).get(
			f"{self.base}/verifikasi", params=params, headers={"Accept-Language": "id"}, timeout=30
		)

	def answer(self, response: requests.Response) -> str:
		"""The page's answer: the part between the page's heading and its form."""
		found = re.search(r'<div class="verifikasi-naskah">(.*?)<form', response.text, re.S)
		self.assertIsNotNone(found, response.text[:2000])
		return found.group(1)

	def login(self, user: str) -> requests.Session:
		session = requests.Session()
		response = session.post(f"{self.base}/api/method/login", data={"usr": user, "pwd": PASSWORD})
		self.assertEqual(response.status_code, 200, response.text)
		return session

	def test_a_guest_sees_the_signed_facts_and_nothing_of_the_content(self):
		doc = frappe.get_doc(kosakata.DOCTYPE, self.signed)
		for kode in (self.record.token, verifikasi.tampilkan_kode(self.record.kode)):
			response = self.page(kode)
			self.assertEqual(response.status_code, 200)
			self.assertEqual(response.headers["X-From-Cache"], "False")
			answer = self.answer(response)
			for shown in (
				doc.name,
				"24 November 2026",
				doc.hal,
				"Kepala Satuan Polisi Pamong Praja",
				"Drs. H. Ahmad Fauzi, M.Si.",
				self.record.sha256,
			):
				self.assertIn(frappe.utils.escape_html(shown), answer)
			self.assertRegex(answer, r"\d{1,2} \w+ \d{4} pukul \d\d\.\d\d")
			for hidden in (
				*self.secrets,
				koreksi_row()["indikator_kinerja"],
				koreksi_row()["sumber_data"],
				doc.surat_nomor,
				doc.arsip,
				USERS[kosakata.KEPALA_SATUAN],
				self.record.kode,
				self.record.token,
				"/app/",
			):
				self.assertNotIn(hidden, response.text, hidden)

	def test_unknown_and_unsigned_codes_get_one_and_the_same_answer(self):
		unknown = self.page(secrets.token_hex(verifikasi.TOKEN_BYTES))
		self.assertEqual(unknown.status_code, 404)
		self.assertIn("Tidak ada naskah bertanda tangan dengan kode ini", self.answer(unknown))
		for kode in (
			self.draft_record.token,
			verifikasi.tampilkan_kode(self.draft_record.kode),
			self.draft,
			verifikasi.buat_kode(),
			"ND/2026/00001",
		):
			response = self.page(kode)
			self.assertEqual(response.status_code, 404, kode)
			self.assertEqual(self.answer(response), self.answer(unknown), kode)
			self.assertEqual(len(response.text), len(unknown.text), kode)
			for hidden in (*self.secrets, frappe.db.get_value(kosakata.DOCTYPE, self.draft, "hal")):
				self.assertNotIn(hidden, response.text)

	def test_a_guest_cannot_reach_the_records_or_the_document_over_the_api(self):
		record, document = self.record.name, self.signed
		for path, params in (
			(f"/api/resource/{DOCTYPE}", {"fields": '["*"]'}),
			(f"/api/resource/{DOCTYPE}/{record}", {}),
			(f"/api/resource/{kosakata.DOCTYPE}", {"fields": '["*"]'}),
			(f"/api/resource/{kosakata.DOCTYPE}/{document}", {}),
			("/api/method/frappe.client.get", {"doctype": DOCTYPE, "name": record}),
			("/api/method/frappe.client.get", {"doctype": kosakata.DOCTYPE, "name": document}),
			("/api/method/frappe.client.get_value", {"doctype": DOCTYPE, "fieldname": "token"}),
			("/api/method/frappe.client.get_list", {"doctype": DOCTYPE, "fields": '["token"]'}),
			("/api/method/frappe.client.get_count", {"doctype": DOCTYPE}),
			("/printview", {"doctype": kosakata.DOCTYPE, "name": document, "format": "Nota Dinas"}),
		):
			response = requests.get(f"{self.base}{path}", params=params, timeout=30)
			self.assertIn(response.status_code, (401, 403), path)
			for hidden in (self.record.token, self.record.kode, *self.secrets):
				self.assertNotIn(hidden, response.text, path)

	def test_a_reader_of_the_document_gets_a_link_to_it_and_others_do_not(self):
		link = f'href="/app/perbaikan-data-kinerja/{self.signed}"'
		reader = self.page(self.record.token, session=self.login(USERS[kosakata.ARSIPARIS]))
		self.assertEqual(reader.status_code, 200)
		self.assertIn(link, self.answer(reader))
		outsider = self.page(self.record.token, session=self.login(OUTSIDER))
		self.assertEqual(outsider.status_code, 200)
		self.assertNotIn("/app/", self.answer(outsider))
		self.assertNotIn("/app/", self.answer(self.page(self.record.token)))

	def test_past_the_limit_the_page_refuses_every_lookup(self):
		for _ in range(verifikasi.BATAS_PERIKSA):
			self.assertEqual(self.page(verifikasi.buat_kode()).status_code, 404)
		for kode in (self.record.token, verifikasi.tampilkan_kode(self.record.kode), verifikasi.buat_kode()):
			refused = self.page(kode)
			self.assertEqual(refused.status_code, 429)
			self.assertIn("Terlalu banyak pemeriksaan", self.answer(refused))
			self.assertNotIn(self.record.hal, refused.text)
		self.assertEqual(self.page().status_code, 200)  # the empty form is not a lookup


def reset_rate_limit():
	"""The page's lookup counter of this machine's address, on the site's cache (the server's too)."""
	frappe.cache.delete_value("rl:sop_kinerja.naskah.verifikasi.periksa:127.0.0.1")
