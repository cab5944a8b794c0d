"""Keterkaitan as links: related SOPs named on a sheet link to their records, matched after import and
again when a new SOP arrives; names without a record are listed; an SOP is not related to itself."""

import frappe
from frappe.tests.utils import FrappeTestCase

from sop_kinerja.mesin import keterkaitan
from sop_kinerja.mesin.exceptions import SOPInvalidError


def sop(nama: str, terkait=(), **values) -> frappe._dict:
	return frappe.get_doc(
		{
			"doctype": "SOP",
			"nama_sop": nama,
			"aktif": 0,
			"langkah": [{"no": 1, "kegiatan": "Menerima berkas", "waktu": 5}],
			"keterkaitan": [{"nama_sop": nama_sop} for nama_sop in terkait],
			**values,
		}
	).insert()


class TestKeterkaitan(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_names_link_to_records_after_import_and_when_a_new_sop_arrives(self):
		surat = sop("Uji Pengelolaan Surat Masuk")
		# the sheet wrote the names its own way: one exists already, one comes later, one never does
		arsip = sop(
			"Uji Penataan Arsip",
			terkait=("SOP uji pengelolaan surat-masuk", "Uji Disposisi Surat", "SOP Uji Yang Tidak Ada"),
		)
		self.assertEqual([row.sop for row in arsip.keterkaitan], [surat.name, None, None])
		disposisi = sop("UJI DISPOSISI SURAT")
		arsip.reload()
		self.assertEqual([row.sop for row in arsip.keterkaitan], [surat.name, disposisi.name, None])
		peta = keterkaitan.peta(arsip.name)
		self.assertIn([arsip.name, surat.name], peta["edges"])
		self.assertIn([arsip.name, disposisi.name], peta["edges"])
		self.assertEqual(peta["tanpa_rekaman"], ["SOP Uji Yang Tidak Ada"])
		self.assertTrue({arsip.name, surat.name, disposisi.name} <= {n.name for n in peta["nodes"]})

	def test_an_sop_related_to_itself_is_refused(self):
		count = frappe.db.count("SOP")
		with self.assertRaises(SOPInvalidError) as refused:
			sop("Uji Pelayanan Pengaduan", terkait=("SOP Uji Pelayanan Pengaduan",))
		self.assertIn("cannot be related to itself", str(refused.exception))
		self.assertEqual(frappe.db.count("SOP"), count)
		doc = sop("Uji Pelayanan Informasi")
		doc.append("keterkaitan", {"sop": doc.name})
		self.assertRaises(SOPInvalidError, doc.save)
