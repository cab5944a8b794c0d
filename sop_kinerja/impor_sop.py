"""The desk's and the command line's door onto the readers: a file in, a draft SOP record out.

A draft is inactive, carries its source file and the reader's flags, and names each step's actor as
the sheet does; the actor's Role is filled in where a Role of that name exists, else the admin picks
one before the SOP is put to work.
"""

import hashlib
import re
from datetime import date

import frappe
from frappe import _
from frappe.utils import cint, cstr

from sop_kinerja.impor import BATAS_UKURAN, BerkasDitolakError, baca_berkas
from sop_kinerja.impor.lembar import Lembar, sama_nama
from sop_kinerja.mesin import jam_kerja, versi

SETTINGS = "Pengaturan SOP Kinerja"
JENIS_BERKAS = (".pdf", ".png", ".jpg", ".jpeg", ".heic", ".heif", ".docx", ".xlsx", ".txt")


def menit_per_hari() -> int:
	""" "1 Hari" on a sheet: an average working day of the office's calendar."""
	return jam_kerja.menit_per_hari() or jam_kerja.BAWAAN.menit_per_hari()


def batas_ukuran() -> int:
	return cint(frappe.conf.get("max_file_size")) or BATAS_UKURAN


def baca(nama: str, isi: bytes) -> Lembar:
	"""Read one file; a file that cannot be read raises a ValidationError in the user's language."""
	try:
		return baca_berkas(nama, isi, menit_per_hari(), batas_ukuran())
	except BerkasDitolakError as e:
		frappe.throw(_(e.pesan).format(*e.nilai), title=_("Cannot Import SOP"))


@frappe.whitelist()
def impor_berkas(file_name: str) -> dict:
	"""Impor SOP from the list view: one uploaded File in, one draft SOP out. A file that cannot be
	read is deleted again, so nothing is left of it."""
	frappe.has_permission("SOP", "create", throw=True)
	berkas = frappe.get_doc("File", file_name)
	if berkas.attached_to_doctype or berkas.owner != frappe.session.user:
		frappe.throw(_("Only a file you have just uploaded can be imported."), frappe.PermissionError)
	try:
		isi = berkas.get_content()  # Frappe hands a file it could decode as text back as str
		lembar = baca(berkas.file_name, isi.encode() if isinstance(isi, str) else isi)
		nama = buat_draf(lembar, berkas)
	except Exception:
		frappe.db.rollback()
		frappe.delete_doc("File", berkas.name, ignore_permissions=True, force=True)
		frappe.db.commit()
		raise
	return {"name": nama, "flags": len(lembar.semua_tanda())}


def buat_draf(lembar: Lembar, berkas=None) -> str:
	"""An inactive SOP record from a sheet as read, with its source file attached."""
	frappe.has_permission("SOP", "create", throw=True)
	tanda = []  # what making the draft itself adds to the reader's flags
	nama_sop = lembar.nama_sop or re.sub(r"\.[^.]+$", "", lembar.berkas)
	if not lembar.nama_sop:
		tanda.append(_("The SOP's name was not found: the file's name was used."))
	if frappe.db.exists("SOP", f"SOP {nama_sop}"):
		n = 2
		while frappe.db.exists("SOP", f"SOP {nama_sop} (Impor {n})"):
			n += 1
		tanda.append(
			_("An SOP named {0} exists: this draft is named {1}.").format(nama_sop, f"{nama_sop} (Impor {n})")
		)
		nama_sop = f"{nama_sop} (Impor {n})"
	doc = frappe.new_doc("SOP")
	doc.update({"nama_sop": nama_sop, "aktif": 0})
	isi_identitas(doc, lembar)
	for langkah in lembar.langkah:
		doc.append("langkah", baris_langkah(langkah))
	tanda += isi_peta_pelaksana(doc, lembar)
	doc.peringatan_impor = "\n".join([t.teks(_) for t in lembar.semua_tanda()] + tanda) or None
	doc.insert()
	if berkas is not None:
		lampirkan(doc, berkas)
	return doc.name


def isi_identitas(doc, lembar: Lembar, hanya_yang_kosong: bool = False):
	"""The identity block as read; on a re-import only what the draft still lacks."""
	nilai = {
		"nomor_sop": lembar.nomor_sop,
		"peringatan": lembar.identitas["peringatan"],
		"tanggal_pembuatan": tanggal(lembar.tanggal_pembuatan),
		"tanggal_revisi": tanggal(lembar.tanggal_revisi),
		"tanggal_efektif": tanggal(lembar.tanggal_efektif),
		**(pengesahan(lembar.disahkan) if lembar.disahkan else {}),
	}
	for kunci, isi in nilai.items():
		if isi and not (hanya_yang_kosong and doc.get(kunci)):
			doc.set(kunci, isi)
	for kunci in ("dasar_hukum", "kualifikasi_pelaksana", "peralatan", "pencatatan", "keterkaitan"):
		if hanya_yang_kosong and doc.get(kunci):
			continue
		doc.set(kunci, [])
		for uraian in lembar.identitas[kunci]:
			doc.append(kunci, {"nama_sop": uraian[:140]} if kunci == "keterkaitan" else {"uraian": uraian})


# What the reader gave a step: a step whose values still hash to its fingerprint is as it was read
SIDIK_BIDANG = versi.ISI_LANGKAH


def sidik(row) -> str:
	"""A step's fingerprint over the values the reader fills in."""
	nilai = [
		cstr(row.get(k)).strip()
		if k not in ("waktu", "keputusan", "setuju_ke", "tidak_setuju_ke")
		else cint(row.get(k))
		for k in SIDIK_BIDANG
	]
	return hashlib.sha1(frappe.as_json(nilai).encode()).hexdigest()[:16]


def baris_langkah(langkah) -> dict:
	"""An SOP Langkah row from a step as read, with its flags, page and fingerprint."""
	baris = {
		"no": langkah.no,
		"kegiatan": langkah.kegiatan or "-",
		"pelaksana_lembar": langkah.pelaksana,
		"kelengkapan": (langkah.kelengkapan or "")[:140] or None,
		"waktu": langkah.waktu,
		"output": (langkah.output or "")[:140] or None,
		"keterangan": langkah.keterangan,
		"keputusan": 1 if langkah.keputusan else 0,
		"setuju_ke": langkah.jika_ya_ke if langkah.keputusan else None,
		"tidak_setuju_ke": langkah.jika_tidak_ke if langkah.keputusan else None,
		"tanda_impor": "\n".join(t.teks(_) for t in langkah.tanda) or None,
		"bidang_ragu": ",".join(
			dict.fromkeys(BIDANG_DESK.get(t.bidang, t.bidang) for t in langkah.tanda if t.bidang)
		)
		or None,
		"halaman_sumber": langkah.halaman,
	}
	baris["sidik_impor"] = sidik(frappe._dict(baris))
	return baris


# A reader's field name, where the desk shows it under another
BIDANG_DESK = {"pelaksana": "pelaksana_lembar", "no": "no"}


def isi_peta_pelaksana(doc, lembar: Lembar) -> list[str]:
	"""The actors' table: each actor's Role where one of its name exists; the rest are flagged once."""
	peran = {r.lower(): r for r in frappe.get_all("Role", pluck="name")}
	sudah = {row.pelaksana_lembar for row in doc.peta_pelaksana}
	tanda = []
	for actor in dict.fromkeys(row.pelaksana_lembar for row in doc.langkah if row.pelaksana_lembar):
		if actor in sudah:
			continue
		role = peran.get(actor.lower()) or next((r for r in peran.values() if sama_nama(r, actor)), None)
		if not role:
			tanda.append(_("No Role is named {0}: choose its Role under Pelaksana dan Role.").format(actor))
		doc.append("peta_pelaksana", {"pelaksana_lembar": actor, "role": role})
	return tanda


def lampirkan(doc, berkas):
	"""The source file, attached to the draft as its Berkas Sumber."""
	berkas.db_set(
		{"attached_to_doctype": "SOP", "attached_to_name": doc.name, "attached_to_field": "berkas_sumber"}
	)
	doc.db_set("berkas_sumber", berkas.file_url)


@frappe.whitelist()
def impor_ulang(nama: str, file_name: str) -> dict:
	"""A corrected file read again into the same draft: each step the admin has not touched is
	replaced by the new reading, each step they have touched (or added) is kept as they left it."""
	doc = frappe.get_doc("SOP", nama)
	doc.check_permission("write")
	berkas = frappe.get_doc("File", file_name)
	try:
		if berkas.attached_to_doctype or berkas.owner != frappe.session.user:
			frappe.throw(_("Only a file you have just uploaded can be imported."), frappe.PermissionError)
		if doc.aktif:
			frappe.throw(
				_("{0} is running: only a draft SOP can be imported again.").format(frappe.bold(doc.name)),
				title=_("Cannot Import SOP"),
			)
		isi = berkas.get_content()
		lembar = baca(berkas.file_name, isi.encode() if isinstance(isi, str) else isi)
		hasil = ganti_langkah(doc, lembar)
		isi_identitas(doc, lembar, hanya_yang_kosong=True)
		tanda = isi_peta_pelaksana(doc, lembar)
		doc.peringatan_impor = "\n".join([t.teks(_) for t in lembar.semua_tanda()] + tanda) or None
		lama = frappe.get_all(
			"File",
			{
				"attached_to_doctype": "SOP",
				"attached_to_name": doc.name,
				"attached_to_field": "berkas_sumber",
			},
			pluck="name",
		)
		doc.save()
		lampirkan(doc, berkas)
		for name in lama:
			frappe.delete_doc("File", name, ignore_permissions=True)
	except Exception:
		frappe.db.rollback()
		frappe.delete_doc("File", berkas.name, ignore_permissions=True, force=True)
		frappe.db.commit()
		raise
	return hasil


def ganti_langkah(doc, lembar: Lembar) -> dict:
	"""The new reading's steps in place of the untouched ones; touched steps keep their number."""
	disentuh = {row.no: row for row in doc.langkah if row.sidik_impor != sidik(row)}
	baru = {langkah.no: langkah for langkah in lembar.langkah}
	doc.langkah = []
	for no in sorted(set(disentuh) | set(baru)):
		if no in disentuh:
			doc.append("langkah", disentuh[no].as_dict(no_default_fields=True))
		else:
			doc.append("langkah", baris_langkah(baru[no]))
	return {
		"dipertahankan": sorted(disentuh),
		"diganti": len(set(baru) - set(disentuh)),
	}


def pengesahan(teks: str) -> dict:
	"""Disahkan oleh as a sheet prints it: the jabatan's lines, the official's name, "NIP. ...". The
	name is the line just above the NIP; without a NIP line, everything is the jabatan."""
	baris = [b.strip() for b in teks.splitlines() if b.strip()]
	nip = next((i for i, b in enumerate(baris) if re.match(r"NIP\b", b, re.I)), None)
	if nip is None or nip == 0:
		return {"disahkan_jabatan": " ".join(baris)[:140] or None}
	return {
		"disahkan_jabatan": " ".join(baris[: nip - 1])[:140] or None,
		"disahkan_nama": baris[nip - 1][:140],
		"disahkan_nip": re.sub(r"\D", "", baris[nip])[:18] or None,
	}


def kosong(nama: str, pesan: str) -> dict:
	"""The JSON object of a file that could not be read: every field empty, the reason given."""
	hasil = Lembar(berkas=nama).ke_json()
	hasil["peringatan_impor"] = [pesan]
	return hasil


def simpan_berkas(nama: str, isi: bytes):
	"""The source file as a private File, for a draft made on the command line."""
	return frappe.get_doc({"doctype": "File", "file_name": nama, "content": isi, "is_private": 1}).insert(
		ignore_permissions=True
	)


BULAN = {
	m: i
	for i, names in enumerate(
		(
			("januari", "jan"),
			("februari", "feb", "pebruari"),
			("maret", "mar"),
			("april", "apr"),
			("mei",),
			("juni", "jun"),
			("juli", "jul"),
			("agustus", "agu", "agt", "ags"),
			("september", "sep", "sept"),
			("oktober", "okt"),
			("november", "nov", "nop", "nopember"),
			("desember", "des"),
		),
		start=1,
	)
	for m in names
}


def tanggal(teks: str | None) -> date | None:
	"""A date as sheets write it: "12 Januari 2023", "12-01-2023", "12/1/2023", "2023-01-12"."""
	if not teks:
		return None
	try:
		if m := re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", teks):
			bulan = BULAN.get(m[2].lower())
			return date(int(m[3]), bulan, int(m[1])) if bulan else None
		if m := re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", teks):
			return date(int(m[1]), int(m[2]), int(m[3]))
		if m := re.search(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", teks):
			return date(int(m[3]), int(m[2]), int(m[1]))
	except ValueError:
		return None
	return None
