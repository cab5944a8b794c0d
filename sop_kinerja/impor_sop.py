"""The desk's and the command line's door onto the readers: a file in, a draft SOP record out.

A draft is inactive, carries its source file and the reader's flags, and names each step's actor as
the sheet does; the actor's Role is filled in where a Role of that name exists, else the admin picks
one before the SOP is put to work.
"""

import re
from datetime import date

import frappe
from frappe import _
from frappe.utils import cint

from sop_kinerja.impor import BATAS_UKURAN, BerkasDitolakError, baca_berkas
from sop_kinerja.impor.lembar import Lembar, sama_nama
from sop_kinerja.mesin import jam_kerja

SETTINGS = "Pengaturan SOP Kinerja"
JENIS_BERKAS = (".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".txt")


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
	peran = {r.lower(): r for r in frappe.get_all("Role", pluck="name")}
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
	doc.update(
		{
			"nama_sop": nama_sop,
			"nomor_sop": lembar.nomor_sop,
			"aktif": 0,
			"peringatan": lembar.identitas["peringatan"],
			"tanggal_pembuatan": tanggal(lembar.tanggal_pembuatan),
			"tanggal_revisi": tanggal(lembar.tanggal_revisi),
			"tanggal_efektif": tanggal(lembar.tanggal_efektif),
		}
	)
	if lembar.disahkan:
		doc.update(pengesahan(lembar.disahkan))
	for kunci in ("dasar_hukum", "kualifikasi_pelaksana", "peralatan", "pencatatan"):
		for uraian in lembar.identitas[kunci]:
			doc.append(kunci, {"uraian": uraian})
	for nama in lembar.identitas["keterkaitan"]:
		doc.append("keterkaitan", {"nama_sop": nama[:140]})
	for langkah in lembar.langkah:
		role = peran.get((langkah.pelaksana or "").lower())
		if langkah.pelaksana and not role:
			role = next((r for r in peran.values() if sama_nama(r, langkah.pelaksana)), None)
		catatan = [t.teks(_) for t in langkah.tanda]
		if langkah.pelaksana and not role:
			catatan.append(_("No Role is named {0}: choose the Role.").format(langkah.pelaksana))
		doc.append(
			"langkah",
			{
				"no": langkah.no,
				"kegiatan": langkah.kegiatan or "-",
				"pelaksana": role,
				"pelaksana_lembar": langkah.pelaksana,
				"kelengkapan": (langkah.kelengkapan or "")[:140] or None,
				"waktu": langkah.waktu,
				"output": (langkah.output or "")[:140] or None,
				"keterangan": langkah.keterangan,
				"keputusan": 1 if langkah.keputusan else 0,
				"tidak_setuju_ke": langkah.jika_tidak_ke if langkah.keputusan else None,
				"tanda_impor": "\n".join(catatan) or None,
			},
		)
	doc.peringatan_impor = "\n".join([t.teks(_) for t in lembar.semua_tanda()] + tanda) or None
	doc.insert()
	if berkas is not None:
		berkas.db_set(
			{"attached_to_doctype": "SOP", "attached_to_name": doc.name, "attached_to_field": "berkas_sumber"}
		)
		doc.db_set("berkas_sumber", berkas.file_url)
	return doc.name


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
