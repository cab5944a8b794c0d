"""An SOP's versions and their life, as Permenpan-RB 35/2012 sets it.

A version is drafted (Rancangan), submitted (Diajukan) and ratified (Disahkan) through the app's own
SOP "Penetapan SOP" (penetapan_sop.py), comes into force (Berlaku) on its Tgl. Efektif, and leaves
force when the next version replaces it (Diganti) or it is withdrawn (Dicabut). At most one version of
an SOP is in force, and `aktif` says which: the running DocType and Workflow follow it.

What a version says (its identity, ketentuan and steps: the printed SOP AP) changes only while it is a
Rancangan. Once submitted it is fixed: a change is a revision, a new Rancangan made from it
(`buat_revisi`), which keeps running the old version until it is ratified and its day comes. How the
version is wired into Frappe (Roles, states, actions, the DocType) stays the admin's to change.

A first version may come into force without the app's ratification: an office types in or imports
an SOP its head signed on paper, and Jalankan SOP puts it to work.
"""

from pathlib import Path

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from sop_kinerja.mesin.exceptions import SOPInvalidError

# Ratification: the DocType the app's own SOP record "Penetapan SOP" runs, and that record as shipped
PENETAPAN = "Penetapan SOP"
PENETAPAN_FILE = Path(__file__).resolve().parents[1] / "data" / "sop_penetapan_sop.json"

RANCANGAN = "Rancangan"
DIAJUKAN = "Diajukan"
DISAHKAN = "Disahkan"
BERLAKU = "Berlaku"
DIGANTI = "Diganti"
DICABUT = "Dicabut"

# the moves the app's actions make: submitting, a send-back, ratifying, coming into force, replacing,
# withdrawing (a first version may come into force from its draft: signed on paper)
LANGKAH_STATUS = {
	RANCANGAN: {DIAJUKAN, BERLAKU},
	DIAJUKAN: {RANCANGAN, DISAHKAN},
	DISAHKAN: {BERLAKU},
	BERLAKU: {DIGANTI, DICABUT},
}

# what a step says, as printed on the sheet (Impor SOP fingerprints a step read by these, in this order)
ISI_LANGKAH = (
	"kegiatan",
	"pelaksana_lembar",
	"kelengkapan",
	"waktu",
	"output",
	"keterangan",
	"keputusan",
	"setuju_ke",
	"tidak_setuju_ke",
)
# what a version says, fixed once it leaves Rancangan: its fields, and per table its rows' columns
ISI = (
	"nama_sop",
	"nomor_sop",
	"unit",
	"unit_kerja",
	"tanggal_pembuatan",
	"tanggal_revisi",
	"tanggal_efektif",
	"revisi",
	"versi_dari",
	"disahkan_oleh",
	"disahkan_jabatan",
	"disahkan_nama",
	"disahkan_nip",
	"tanggal_pengesahan",
	"peringatan",
)
ISI_TABEL = {
	"dasar_hukum": ("uraian",),
	"kualifikasi_pelaksana": ("uraian",),
	"peralatan": ("uraian",),
	"pencatatan": ("uraian",),
	"keterkaitan": ("nama_sop",),
	"langkah": ("no", *ISI_LANGKAH),
}

# what a revision starts without: it is a draft, not yet ratified, effective, running or published
DIKOSONGKAN = (
	"tanggal_efektif",
	"disahkan_oleh",
	"disahkan_jabatan",
	"disahkan_nama",
	"disahkan_nip",
	"tanggal_pengesahan",
	"berkas_sumber",
	"peringatan_impor",
)


def tolak(message: str):
	frappe.throw(message, exc=SOPInvalidError, title=_("SOP Version"))


# The rules, checked at every save of an SOP (SOP.validate)


def periksa(doc):
	"""The version's status moves only as LANGKAH_STATUS allows, `aktif` follows it, what it says is
	fixed once submitted, and at most one version of the SOP is in force."""
	if doc.flags.pulihkan:  # Jalankan SOP putting back what it changed before it failed
		return
	before = doc.get_doc_before_save()
	lama = before.status if before else None
	# setting Aktif (Jalankan SOP, a script, an import) means the move it stands for; a new record is
	# a draft, or a first version put to work as its head signed it on paper
	if not before:
		doc.status = BERLAKU if doc.aktif else RANCANGAN
	elif doc.aktif != before.aktif and doc.status == lama:
		doc.status = BERLAKU if doc.aktif else DICABUT
	if lama and doc.status != lama and doc.status not in LANGKAH_STATUS.get(lama, ()):
		tolak(
			_("{0} is {1}: it cannot become {2}.").format(
				frappe.bold(doc.name), _(lama), frappe.bold(_(doc.status))
			)
		)
	if doc.status == BERLAKU and lama != BERLAKU:
		mulai_berlaku(doc, lama)
	doc.aktif = int(doc.status == BERLAKU)
	if before and lama != RANCANGAN and not doc.flags.dari_aplikasi and (beda := isi_berubah(before, doc)):
		tolak(
			_(
				"{0} is {1}: what it says ({2}) is no longer changed in place. Make a revision (Revisi), "
				"which is ratified in its turn."
			).format(frappe.bold(doc.name), _(lama), ", ".join(beda))
		)
	if (
		doc.tanggal_pengesahan
		and doc.tanggal_efektif
		and getdate(doc.tanggal_efektif) < getdate(doc.tanggal_pengesahan)
	):
		tolak(
			_(
				"Tgl. Efektif {0} is before the ratification on {1}: an SOP cannot be in force before it is ratified."
			).format(
				frappe.format(doc.tanggal_efektif, "Date"), frappe.format(doc.tanggal_pengesahan, "Date")
			)
		)


def mulai_berlaku(doc, lama: str | None, mengganti: bool = False):
	"""Coming into force: a first version from its draft by the admin, a revision once ratified and on
	its Tgl. Efektif; never beside another version of the same SOP (`mengganti`: Jalankan SOP is about to
	replace it)."""
	if doc.versi_dari and lama != DISAHKAN:
		tolak(
			_(
				"{0} is a revision: it comes into force on its Tgl. Efektif once ratified (Penetapan SOP)."
			).format(frappe.bold(doc.name))
		)
	if lama == DISAHKAN and doc.tanggal_efektif and getdate(doc.tanggal_efektif) > getdate(today()):
		tolak(
			_("{0} comes into force on its Tgl. Efektif, {1}.").format(
				frappe.bold(doc.name), frappe.format(doc.tanggal_efektif, "Date")
			)
		)
	if not doc.flags.dari_aplikasi and lama != DISAHKAN and "System Manager" not in frappe.get_roles():
		tolak(_("Only a System Manager puts an SOP in force (Jalankan SOP)."))
	if not mengganti and (lain := yang_berlaku(doc)):
		tolak(
			_("{0} is already the version in force of this SOP: two versions cannot be in force.").format(
				frappe.bold(lain)
			)
		)


def yang_berlaku(doc) -> str | None:
	"""Another version of the same SOP that is in force."""
	keluarga = versi_sop(doc)
	return next(
		(
			name
			for name in frappe.get_all("SOP", {"status": BERLAKU, "name": ("!=", doc.name)}, pluck="name")
			if name in keluarga
		),
		None,
	)


def versi_sop(doc) -> set[str]:
	"""Every version of the SOP `doc` is a version of: its line of `versi_dari` back to the first, and
	every version made from any of them."""
	asal = {row.name: row.versi_dari for row in frappe.get_all("SOP", fields=["name", "versi_dari"])}
	asal[doc.name] = doc.versi_dari

	def akar(name):
		seen = set()
		while asal.get(name) and name not in seen:
			seen.add(name)
			name = asal[name]
		return name

	pangkal = akar(doc.name)
	return {name for name in asal if akar(name) == pangkal}


def isi_berubah(before, doc) -> list[str]:
	"""The labels of what the version says that this save changes."""
	meta = frappe.get_meta("SOP")
	beda = [f for f in ISI if str(before.get(f) or "") != str(doc.get(f) or "")]
	for table, columns in ISI_TABEL.items():

		def rows(d, table=table, columns=columns):
			return [tuple(str(row.get(c) or "") for c in columns) for row in d.get(table)]

		if rows(before) != rows(doc):
			beda.append(table)
	return [_(meta.get_label(f)) for f in beda]


# The moves, made by the app's actions


def ubah_status(nama: str, status: str, **values):
	doc = frappe.get_doc("SOP", nama)
	doc.update(values)
	doc.status = status
	doc.flags.dari_aplikasi = True
	doc.save(ignore_permissions=True)
	return doc


def sahkan(nama: str, pejabat: str | None, jabatan: str, nama_pejabat: str, nip: str | None):
	"""The head ratified the version (Penetapan SOP's last step): Disahkan Oleh is the signer, a
	Plt./Plh. as the print writes one; Tgl. Efektif defaults to today. When that day has come, the
	version is put in force right after this request (Jalankan SOP commits as it goes, so not inside it);
	otherwise the daily job does it on the day."""
	doc = ubah_status(
		nama,
		DISAHKAN,
		disahkan_oleh=pejabat,
		disahkan_jabatan=jabatan,
		disahkan_nama=nama_pejabat,
		disahkan_nip=nip,
		tanggal_pengesahan=today(),
		tanggal_efektif=frappe.db.get_value("SOP", nama, "tanggal_efektif") or today(),
	)
	if getdate(doc.tanggal_efektif) <= getdate(today()):
		frappe.enqueue("sop_kinerja.mesin.versi.berlakukan_yang_tiba", enqueue_after_commit=True)
	return doc


def berlakukan(nama: str):
	"""A ratified version comes into force: Jalankan SOP makes the running DocType and Workflow follow
	it (a revision takes over its SOP's DocType) and the version in force before it is replaced."""
	from sop_kinerja.mesin import jalankan

	peran = {row.pelaksana_lembar: row.role for row in frappe.get_doc("SOP", nama).peta_pelaksana if row.role}
	jalankan.jalankan(nama, peran)


def berlakukan_yang_tiba():
	"""Daily: every ratified version whose Tgl. Efektif has come is put in force. One that cannot be
	(its DocType changed since, say) stays ratified, and the error log says why."""
	for nama in frappe.get_all(
		"SOP", {"status": DISAHKAN, "tanggal_efektif": ("<=", today())}, pluck="name", order_by="revisi asc"
	):
		try:
			berlakukan(nama)
		except Exception:
			frappe.log_error(title=_("SOP {0} could not be put in force").format(nama))


@frappe.whitelist(methods=["POST"])
def cabut(nama: str):
	"""Withdraw a version in force: its documents are no longer governed by it (nothing is deleted)."""
	frappe.only_for("System Manager")
	frappe.get_doc("SOP", nama).check_permission("write")
	if frappe.db.get_value("SOP", nama, "status") != BERLAKU:
		tolak(_("Only a version in force can be withdrawn."))
	ubah_status(nama, DICABUT)


@frappe.whitelist(methods=["POST"])
def revisi(nama: str) -> str:
	"""The desk's Revisi button: a new draft of a version that has left Rancangan."""
	return buat_revisi(nama)


def buat_revisi(nama_sop: str, mutu_baku: dict | None = None) -> str:
	"""A new draft revising `nama_sop`; `mutu_baku` maps step numbers to their new standard minutes."""
	asal = frappe.get_doc("SOP", nama_sop)
	asal.check_permission("read")
	frappe.has_permission("SOP", "create", throw=True)
	if asal.status == RANCANGAN:
		tolak(_("{0} is still a draft: change it in place.").format(frappe.bold(asal.name)))
	if nama := frappe.db.get_value("SOP", {"versi_dari": asal.name}, "name"):
		frappe.throw(
			_("{0} is already being revised in {1}.").format(frappe.bold(asal.name), frappe.bold(nama)),
			title=_("Revision Exists"),
		)
	revisi = frappe.copy_doc(asal)
	for field in DIKOSONGKAN:
		revisi.set(field, None)
	revisi.aktif = revisi.publik = 0
	revisi.status = RANCANGAN
	revisi.revisi = cint(asal.revisi) + 1
	revisi.versi_dari = asal.name
	revisi.tanggal_revisi = today()
	for row in revisi.langkah:
		if str(row.no) in {str(k) for k in (mutu_baku or {})}:
			row.waktu = cint({str(k): v for k, v in mutu_baku.items()}[str(row.no)])
	revisi.insert()
	return revisi.name
