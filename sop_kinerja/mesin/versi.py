"""An SOP's revision: a new draft (Rancangan) made from a version, numbered on, linked to the version it
revises, with whatever the revision changes (from an evaluation: the proposed mutu baku). The version it
revises is left as it is and keeps running until the revision is put to work."""

import frappe
from frappe import _
from frappe.utils import cint, today

# what a revision starts without: it is a draft, not yet ratified, effective, running or published
DIKOSONGKAN = (
	"tanggal_efektif",
	"disahkan_oleh",
	"disahkan_jabatan",
	"disahkan_nama",
	"disahkan_nip",
	"berkas_sumber",
	"peringatan_impor",
)


def buat_revisi(nama_sop: str, mutu_baku: dict | None = None) -> str:
	"""A new draft revising `nama_sop`; `mutu_baku` maps step numbers to their new standard minutes."""
	asal = frappe.get_doc("SOP", nama_sop)
	asal.check_permission("write")
	if nama := frappe.db.get_value("SOP", {"versi_dari": asal.name}, "name"):
		frappe.throw(
			_("{0} is already being revised in {1}.").format(frappe.bold(asal.name), frappe.bold(nama)),
			title=_("Revision Exists"),
		)
	revisi = frappe.copy_doc(asal)
	for field in DIKOSONGKAN:
		revisi.set(field, None)
	revisi.aktif = revisi.publik = 0
	revisi.revisi = cint(asal.revisi) + 1
	revisi.versi_dari = asal.name
	revisi.tanggal_revisi = today()
	for row in revisi.langkah:
		if str(row.no) in {str(k) for k in (mutu_baku or {})}:
			row.waktu = cint({str(k): v for k, v in mutu_baku.items()}[str(row.no)])
	revisi.insert()
	return revisi.name
