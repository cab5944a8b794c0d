"""Verifikasi: a printed Nota Dinas that anyone holding it can check.

The Kepala Satuan signs at SOP step 7: the action Tandatangani submits the document into the state
Ditandatangani (step 8). At that moment the app writes a Verifikasi Naskah record with what a recipient
may learn about the document (nomor, tanggal, hal, who signed it, jabatan and nama, and when) and two
secrets: a token, which the print's QR code carries in the address of the public page, and a short code
printed beside it for typing. Both open the page /verifikasi (www/verifikasi.py), which shows that
record and nothing else. When the Arsiparis archives the document, the archive PDF is made (arsip.py)
and its SHA-256 is added to the record.

A document that is not signed has no record, so its print has no QR code and no code leads to it.
"""

import hashlib
import io
import secrets

import frappe
from frappe.rate_limiter import rate_limit
from frappe.utils import get_url, now_datetime

from sop_kinerja.mesin import jalur_simpan
from sop_kinerja.naskah import cetak

DOCTYPE = "Verifikasi Naskah"
ROUTE = "verifikasi"

# The token goes into the QR code only: 160 bits as hex, which no letter case or collation can shorten.
TOKEN_BYTES = 20
# The short code is typed from paper: Crockford's base 32 (no I, L, O or U to misread), 28 symbols of
# 5 bits each, 140 bits, printed in groups of four. Typed case and the usual slips (O for 0, I or L
# for 1) and separators do not matter.
ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PANJANG_KODE = 28
KELOMPOK = 4
SALAH_BACA = str.maketrans("OIL", "011")

# What the page shows, and no more
PUBLIK = (
	"nomor",
	"tanggal",
	"hal",
	"penandatangan_jabatan",
	"penandatangan_nama",
	"ditandatangani_pada",
	"sha256",
	"dibatalkan_pada",
)

# an SOP version's statuses from its ratification on (mesin/versi.py)
SOP_DISAHKAN = ("Disahkan", "Berlaku", "Diganti", "Dicabut")

# Lookups per visitor's IP address and window (frappe.rate_limiter): a person checks a few copies;
# enumerating 2^128 codes is out of reach anyway, this keeps a script from trying
BATAS_PERIKSA = 30
JENDELA_PERIKSA = 10 * 60


def buat_token() -> str:
	return secrets.token_hex(TOKEN_BYTES)


def buat_kode() -> str:
	return "".join(secrets.choice(ALFABET) for _ in range(PANJANG_KODE))


def tampilkan_kode(kode: str) -> str:
	"""ABCD-EFGH-...: the short code as printed."""
	return "-".join(kode[i : i + KELOMPOK] for i in range(0, len(kode), KELOMPOK))


def baku_kode(teks: str) -> str:
	"""A short code as typed, in the form it is stored."""
	return "".join(ch for ch in teks.upper().translate(SALAH_BACA) if ch.isalnum())


def _filters(doc) -> dict:
	return {"reference_doctype": doc.doctype, "reference_name": doc.name}


# The record: written at signing, archiving and cancelling (the Perbaikan Data Kinerja controller, arsip.py)


def catat_saat_ditandatangani(doc):
	"""A Perbaikan Data Kinerja is submitted only by its signature (aturan_langkah.before_submit), at the
	moment it enters the signed state (its step log has the same time)."""
	# a document is submitted once, so its record is new (an amended copy has a name of its own)
	_buat_catatan(doc, doc.get("masuk_langkah") or now_datetime(), oleh=frappe.session.user)


def catat_tanda_tangan(doc, ditandatangani_pada, oleh: str | None) -> str:
	"""The verification record of a signed document, made once."""
	if name := frappe.db.get_value(DOCTYPE, _filters(doc)):
		return name
	return _buat_catatan(doc, ditandatangani_pada, oleh)


def _buat_catatan(doc, ditandatangani_pada, oleh: str | None) -> str:
	ttd = cetak.penandatangan(doc)  # as the print's signature names the signer, a Plt./Plh. too
	record = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			**_filters(doc),
			"nomor": doc.name,
			"tanggal": doc.tanggal,
			"hal": doc.hal,
			"penandatangan": doc.penandatangan,
			"penandatangan_jabatan": ttd["jabatan"],
			"penandatangan_nama": ttd["nama"],
			"ditandatangani_oleh": oleh,
			"ditandatangani_pada": ditandatangani_pada,
			"token": buat_token(),
			"kode": buat_kode(),
		}
	)
	# every value comes from the saved document: one INSERT, without a Document's checks and hooks
	return jalur_simpan.sisipkan(record)


def catat_pengesahan_sop(sop, oleh: str | None) -> str:
	"""A version ratified in the app (Penetapan SOP) prints with the same QR code and short code as a
	signed Nota Dinas: the page names the SOP, its version, the signer and when."""
	hal = sop.nama_sop + (f" (Revisi ke-{sop.revisi})" if sop.revisi else "")
	record = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			**_filters(sop),
			"nomor": sop.nomor_sop or sop.name,
			"tanggal": sop.tanggal_pengesahan,
			"hal": hal,
			"penandatangan": sop.disahkan_oleh,
			"penandatangan_jabatan": sop.disahkan_jabatan,
			"penandatangan_nama": sop.disahkan_nama,
			"ditandatangani_oleh": oleh,
			"ditandatangani_pada": now_datetime(),
			"token": buat_token(),
			"kode": buat_kode(),
		}
	)
	return jalur_simpan.sisipkan(record)


def catat_pdf_arsip(doc, arsip: str, pdf: bytes, dibuat_pada=None):
	"""arsip.py, as the archive PDF is attached: the SHA-256 of exactly the bytes archived."""
	frappe.db.set_value(
		DOCTYPE,
		_filters(doc),
		{
			"arsip": arsip,
			"sha256": hashlib.sha256(pdf).hexdigest(),
			"diarsipkan_pada": dibuat_pada or now_datetime(),
		},
	)


def catat_pembatalan(doc):
	"""A cancelled document stays verifiable, and the page says the paper copy is no longer valid."""
	frappe.db.set_value(DOCTYPE, _filters(doc), "dibatalkan_pada", now_datetime())


def hapus_catatan(doc):
	"""A deleted document can no longer be verified (and its record would block the deletion)."""
	frappe.db.delete(DOCTYPE, _filters(doc))


# The print (hooks.py jinja.methods): the Nota Dinas print format's verification block


def verifikasi_naskah(doc) -> frappe._dict | None:
	"""QR code (inline SVG), short code and the page's address of a signed document; None for one not
	signed, whose print has no verification block."""
	record = frappe.db.get_value(DOCTYPE, _filters(doc), ["token", "kode"], as_dict=True)
	if not record:
		return None
	alamat = get_url(f"/{ROUTE}")
	return frappe._dict(
		qr=qr_svg(f"{alamat}?kode={record.token}"), kode=tampilkan_kode(record.kode), alamat=alamat
	)


def qr_svg(data: str) -> str:
	"""An inline SVG QR code, sized by its container (viewBox, no width or height), by pyqrcode as
	Frappe's two-factor setup draws its own. Only app-made text goes in: the page's address and token."""
	from pyqrcode import create

	stream = io.BytesIO()
	create(data, error="M").svg(
		stream, scale=1, quiet_zone=4, xmldecl=False, omithw=True, svgclass="qr-verifikasi", lineclass=None
	)
	return stream.getvalue().decode()


# The page (www/verifikasi.py)


def periksa(kode: str) -> frappe._dict | None:
	"""The page's lookup, counted against the visitor's IP address: past the limit it raises
	frappe.RateLimitExceededError."""
	# frappe.rate_limiter keys its counter by form_dict.cmd, the method's name on /api/method; a page
	# request has none (Frappe answers one with a cmd as an RPC call), so it is named here
	cmd, frappe.form_dict.cmd = frappe.form_dict.cmd, "sop_kinerja.naskah.verifikasi.periksa"
	try:
		return _periksa(kode)
	finally:
		frappe.form_dict.cmd = cmd


@rate_limit(limit=BATAS_PERIKSA, seconds=JENDELA_PERIKSA)
def _periksa(kode: str) -> frappe._dict | None:
	return cari(kode)


def cari(kode: str) -> frappe._dict | None:
	"""The public fields of the signed document a token or short code stands for, with its reference;
	None for anything else. An unknown code and a record whose document is not signed get the same
	None, so the page cannot tell them apart."""
	kode = (kode or "").strip()
	if len(kode) == 2 * TOKEN_BYTES and all(ch in "0123456789abcdef" for ch in kode.lower()):
		filters = {"token": kode.lower()}
	elif len(baku := baku_kode(kode)) == PANJANG_KODE and all(ch in ALFABET for ch in baku):
		filters = {"kode": baku}
	else:
		return None
	record = frappe.db.get_value(
		DOCTYPE, filters, [*PUBLIK, "reference_doctype", "reference_name"], as_dict=True
	)
	if not record:
		return None
	if record.reference_doctype == "SOP":  # a version ratified, whether still in force or not
		sah = frappe.db.get_value("SOP", record.reference_name, "status") in SOP_DISAHKAN
		return record if sah else None
	# signed (1) or signed and later cancelled (2); never a draft, whatever the record says
	if frappe.db.get_value(record.reference_doctype, record.reference_name, "docstatus") not in (1, 2):
		return None
	return record
