"""An SOP version's life on a real site: a revision drafted, submitted for ratification through the
app's own SOP "Penetapan SOP" by users who each hold only their role, sent back once with a note,
ratified by the head, put in force by the daily job on its Tgl. Efektif, while a document under way
finishes under the old version and a new one starts under the new. And the bad inputs, each refused
with nothing changed.

Putting a version in force runs Jalankan SOP, which commits: like test_jalankan, these tests work on
an SOP of their own and remove what they made."""

from unittest.mock import patch

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, getdate, today

from sop_kinerja.mesin import keluaran, mutu_baku, versi
from sop_kinerja.mesin.exceptions import SOPInvalidError
from sop_kinerja.naskah import kosakata, verifikasi
from sop_kinerja.tests.test_jalankan import JalankanTestCase
from sop_kinerja.tests.utils import NIP_KEPALA, USERS, ensure_pejabat, ensure_user

PENYUSUN = "penyusun.sop@sop-kinerja.test"
TATA_LAKSANA = "tata.laksana@sop-kinerja.test"
KEPALA = USERS[kosakata.KEPALA_SATUAN]


def status(name: str) -> str:
	return frappe.db.get_value("SOP", name, "status")


class as_user:
	def __init__(self, user: str):
		self.user = user

	def __enter__(self):
		frappe.set_user(self.user)

	def __exit__(self, *exc):
		frappe.set_user("Administrator")


class SiklusTestCase(JalankanTestCase):
	def setUp(self):
		super().setUp()
		ensure_user(PENYUSUN, ["Penyusun SOP"])
		ensure_user(TATA_LAKSANA, ["Pengelola Tata Laksana"])
		ensure_user(KEPALA, [kosakata.KEPALA_SATUAN])
		ensure_pejabat()
		frappe.db.commit()
		self.addCleanup(self.hapus_penetapan)

	def hapus_penetapan(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()
		for name in frappe.get_all(versi.PENETAPAN, {"sop": ("in", self.sops)}, pluck="name"):
			frappe.db.delete(mutu_baku.LOG, {"reference_doctype": versi.PENETAPAN, "reference_name": name})
			frappe.delete_doc(versi.PENETAPAN, name, force=True, ignore_permissions=True)
		frappe.db.delete(
			"Verifikasi Naskah", {"reference_doctype": "SOP", "reference_name": ("in", self.sops)}
		)
		frappe.db.commit()

	def revisi(self, name: str, tanggal_efektif=None, **mutu) -> str:
		"""The drafter's revision of `name`, with its proposed Tgl. Efektif and changed mutu baku."""
		with as_user(PENYUSUN):
			revisi = versi.buat_revisi(name, mutu)
			if tanggal_efektif:
				doc = frappe.get_doc("SOP", revisi)
				doc.tanggal_efektif = tanggal_efektif
				doc.save()
		self.sops.insert(0, revisi)  # removed before the version it revises
		frappe.db.commit()
		return revisi

	def ajukan(self, revisi: str) -> str:
		with as_user(PENYUSUN):
			penetapan = frappe.get_doc({"doctype": versi.PENETAPAN, "sop": revisi}).insert()
			apply_workflow(penetapan, "Ajukan")
		return penetapan.name

	def langkah(self, penetapan: str, user: str, action: str, catatan: str | None = None):
		with as_user(user):
			if catatan:
				doc = frappe.get_doc(versi.PENETAPAN, penetapan)
				doc.catatan_perbaikan = catatan
				doc.save()
			apply_workflow(frappe.get_doc(versi.PENETAPAN, penetapan), action)

	def maju(self, doctype: str, docname: str, sop: str):
		"""The document's current step done by its actor: its Output written, then the step's action."""
		no = frappe.db.get_value(doctype, docname, "langkah_sop")
		row = next(r for r in frappe.get_doc("SOP", sop).langkah if r.no == no)
		values = {field: f"Output {no}" for field in keluaran.fields_of(row)}
		self.act(doctype, docname, row.pelaksana, row.aksi, **values)


class TestSiklusRevisi(SiklusTestCase):
	def test_a_revision_from_its_draft_into_force(self):
		name, doctype = self.run_sop()
		self.assertEqual(status(name), versi.BERLAKU)
		lama = self.new_doc(doctype)  # under way under the first version
		besok = add_days(today(), 1)
		revisi = self.revisi(name, tanggal_efektif=besok, **{"2": 45})
		self.assertEqual((status(revisi), status(name)), (versi.RANCANGAN, versi.BERLAKU))

		penetapan = self.ajukan(revisi)
		self.assertEqual(status(revisi), versi.DIAJUKAN)
		# submitted, it is no longer changed in place, not even by its drafter
		with as_user(PENYUSUN):
			doc = frappe.get_doc("SOP", revisi)
			doc.langkah[1].waktu = 50
			self.assertRaises(SOPInvalidError, doc.save)
		self.assertEqual(frappe.db.get_value("SOP Langkah", {"parent": revisi, "no": 2}, "waktu"), 45)

		# the tata laksana officer sends it back with a note; the drafter corrects and submits again
		self.langkah(penetapan, TATA_LAKSANA, "Kembalikan", catatan="Mutu baku langkah 2 terlalu longgar")
		self.assertEqual(status(revisi), versi.RANCANGAN)
		with as_user(PENYUSUN):
			doc = frappe.get_doc("SOP", revisi)
			doc.langkah[1].waktu = 40
			doc.save()
		self.langkah(penetapan, PENYUSUN, "Ajukan")
		self.langkah(penetapan, TATA_LAKSANA, "Teruskan")
		self.assertEqual(status(revisi), versi.DIAJUKAN)
		self.langkah(penetapan, KEPALA, "Sahkan")

		sop = frappe.get_doc("SOP", revisi)
		self.assertEqual(sop.status, versi.DISAHKAN)
		self.assertEqual(
			(sop.disahkan_oleh, sop.disahkan_nama, sop.disahkan_nip, sop.disahkan_jabatan),
			(NIP_KEPALA, "Drs. H. Ahmad Fauzi, M.Si.", NIP_KEPALA, "Kepala Satuan Polisi Pamong Praja"),
		)
		self.assertEqual(getdate(sop.tanggal_pengesahan), getdate(today()))
		log = frappe.get_all(
			mutu_baku.LOG,
			{"reference_doctype": versi.PENETAPAN, "reference_name": penetapan},
			["langkah", "aksi", "catatan"],
			order_by="name asc",
		)
		self.assertEqual(
			[(r.langkah, r.aksi) for r in log if r.aksi],
			[(1, "Ajukan"), (2, "Kembalikan"), (1, "Ajukan"), (2, "Teruskan"), (3, "Sahkan")],
		)
		self.assertEqual(log[1].catatan, "Mutu baku langkah 2 terlalu longgar")
		# the printed SOP AP carries the same verification as a signed Nota Dinas
		kode = frappe.db.get_value(
			"Verifikasi Naskah", {"reference_doctype": "SOP", "reference_name": revisi}, "kode"
		)
		self.assertTrue(kode)
		html = frappe.get_print("SOP", revisi, print_format="SOP AP")
		self.assertIn("qr-verifikasi", html)
		self.assertIn(kode[:4], html)
		self.assertEqual(verifikasi.cari(kode).reference_name, revisi)  # what /verifikasi looks up
		frappe.db.commit()

		# ratified, not yet in force: today the daily job leaves it
		versi.berlakukan_yang_tiba()
		self.assertEqual((status(revisi), status(name)), (versi.DISAHKAN, versi.BERLAKU))
		with patch("sop_kinerja.mesin.versi.today", return_value=besok):
			versi.berlakukan_yang_tiba()
		self.assertEqual((status(revisi), status(name)), (versi.BERLAKU, versi.DIGANTI))
		self.assertEqual(frappe.db.get_value("SOP", revisi, "document_type"), doctype)

		# the document under way finishes under the version it started under; a new one, the new
		baru = self.new_doc(doctype)
		self.assertEqual(frappe.db.get_value(doctype, lama, "versi_sop"), name)
		self.assertEqual(frappe.db.get_value(doctype, baru, "versi_sop"), revisi)
		for docname, sop_name in ((lama, name), (baru, revisi)):
			self.maju(doctype, docname, sop_name)

		def langkah_2(docname):
			return frappe.db.get_value(
				mutu_baku.LOG,
				{"reference_doctype": doctype, "reference_name": docname, "langkah": 2},
				["sop", "waktu_baku"],
				as_dict=True,
			)

		self.assertEqual(langkah_2(lama), {"sop": name, "waktu_baku": 15})
		self.assertEqual(langkah_2(baru), {"sop": revisi, "waktu_baku": 40})


class TestSiklusMasukanBuruk(SiklusTestCase):
	def test_a_version_in_force_is_not_edited_in_place(self):
		name, _doctype = self.run_sop()
		modified = frappe.db.get_value("SOP", name, "modified")
		doc = frappe.get_doc("SOP", name)
		doc.langkah[1].waktu = 99
		frappe.local.lang = "id"
		try:
			with self.assertRaises(SOPInvalidError) as refused:
				doc.save()
		finally:
			frappe.local.lang = "en"
		self.assertIn("tidak lagi diubah di tempat", str(refused.exception))
		self.assertEqual(frappe.db.get_value("SOP", name, "modified"), modified)
		# how it is published stays the admin's to change
		doc = frappe.get_doc("SOP", name)
		doc.publik = 1
		doc.save()

	def test_two_versions_cannot_be_in_force(self):
		name, _doctype = self.run_sop()
		revisi = self.revisi(name)
		# a revision ticked active by hand, unratified
		doc = frappe.get_doc("SOP", revisi)
		doc.aktif = 1
		self.assertRaises(SOPInvalidError, doc.save)
		# ratified, but its SOP's version in force not replaced (only Jalankan SOP replaces it)
		frappe.db.set_value("SOP", revisi, "status", versi.DISAHKAN)
		doc = frappe.get_doc("SOP", revisi)
		doc.aktif = 1
		with self.assertRaises(SOPInvalidError) as refused:
			doc.save()
		self.assertIn("two versions cannot be in force", str(refused.exception))
		self.assertEqual((status(name), status(revisi)), (versi.BERLAKU, versi.DISAHKAN))

	def test_a_tgl_efektif_before_the_ratification_is_refused(self):
		name, _doctype = self.run_sop()
		revisi = self.revisi(name, tanggal_efektif=add_days(today(), -3))
		penetapan = self.ajukan(revisi)
		self.langkah(penetapan, TATA_LAKSANA, "Teruskan")
		frappe.db.commit()
		with self.assertRaises(SOPInvalidError) as refused:
			self.langkah(penetapan, KEPALA, "Sahkan")
		self.assertIn("before the ratification", str(refused.exception))
		frappe.db.rollback()
		self.assertEqual(status(revisi), versi.DIAJUKAN)
		self.assertEqual(frappe.db.get_value(versi.PENETAPAN, penetapan, "langkah_sop"), 3)
		self.assertFalse(frappe.db.exists("Verifikasi Naskah", {"reference_name": revisi}))

	def test_only_a_draft_goes_to_ratification(self):
		name, _doctype = self.run_sop()
		with as_user(PENYUSUN):
			penetapan = frappe.get_doc({"doctype": versi.PENETAPAN, "sop": name})
			self.assertRaises(SOPInvalidError, penetapan.insert)
		self.assertFalse(frappe.db.exists(versi.PENETAPAN, {"sop": name}))

	def test_a_revision_does_not_come_into_force_before_its_ratification(self):
		name, _doctype = self.run_sop()
		revisi = self.revisi(name)
		from sop_kinerja.mesin import jalankan

		with self.assertRaises(SOPInvalidError):
			jalankan.jalankan(revisi)
		self.assertEqual((status(name), status(revisi)), (versi.BERLAKU, versi.RANCANGAN))
		self.assertEqual(frappe.db.get_value("SOP", revisi, "aktif"), 0)


class TestShippedRatification(SiklusTestCase):
	def test_penetapan_sop_is_installed_and_running(self):
		name = frappe.db.get_value("SOP", {"document_type": versi.PENETAPAN})
		self.assertEqual(status(name), versi.BERLAKU)
		workflow = frappe.get_doc("Workflow", {"document_type": versi.PENETAPAN})
		self.assertEqual(
			{(t.action, t.allowed) for t in workflow.transitions},
			{
				("Ajukan", "Penyusun SOP"),
				("Teruskan", "Pengelola Tata Laksana"),
				("Kembalikan", "Pengelola Tata Laksana"),
				("Sahkan", kosakata.KEPALA_SATUAN),
			},
		)


class TestSiklusPlt(SiklusTestCase):
	def test_a_plt_ratifies_in_the_heads_name(self):
		from sop_kinerja.mesin import pelimpahan
		from sop_kinerja.tests.test_pelimpahan import NIP_PLH, PLH, disetujui, ensure_plh, pelimpahan_baru

		name, _doctype = self.run_sop()
		revisi = self.revisi(name, tanggal_efektif=add_days(today(), 5))
		penetapan = self.ajukan(revisi)
		self.langkah(penetapan, TATA_LAKSANA, "Teruskan")
		ensure_plh()
		disetujui(pelimpahan_baru(jenis="Plt."))
		frappe.db.commit()
		self.addCleanup(self.hapus_plt, PLH, NIP_PLH)
		pelimpahan.clear_cache()

		self.langkah(penetapan, PLH, "Sahkan")
		sop = frappe.get_doc("SOP", revisi)
		self.assertEqual(
			(sop.status, sop.disahkan_jabatan, sop.disahkan_nama, sop.disahkan_nip),
			(
				versi.DISAHKAN,
				"Plt. Kepala Satuan Polisi Pamong Praja",
				"Hendra Gunawan, S.STP., M.Si.",
				NIP_PLH,
			),
		)
		# five days ahead: not in force yet, and the version in force is untouched
		self.assertEqual(status(name), versi.BERLAKU)

	def hapus_plt(self, user: str, nip: str):
		from sop_kinerja.mesin import pelimpahan

		frappe.set_user("Administrator")
		frappe.db.rollback()
		frappe.db.delete(pelimpahan.DOCTYPE, {"pelaksana": nip})
		frappe.db.delete("Has Role", {"parent": user, "role": kosakata.KEPALA_SATUAN})
		frappe.db.delete("Pejabat", nip)
		frappe.db.commit()
		pelimpahan.clear_cache()
		frappe.clear_cache(user=user)
