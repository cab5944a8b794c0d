"""Nota Dinas numbers as tata naskah dinas writes them, on a real site: `000.1.5/0001/SATPOLPP-A/2026`
from the pattern in Pengaturan SOP Kinerja, counted again each year, never twice and with no gap, and
an existing document keeps its number."""

from concurrent.futures import ThreadPoolExecutor
from unittest.mock import patch
from urllib.parse import quote

import frappe

from sop_kinerja.naskah import kosakata, penomoran
from sop_kinerja.sop_kinerja.doctype.klasifikasi_arsip.klasifikasi_arsip import KodeKlasifikasiTidakSahError
from sop_kinerja.sop_kinerja.doctype.perbaikan_data_kinerja.perbaikan_data_kinerja import (
	PerbaikanDataKinerja,
)
from sop_kinerja.tests.rest import RestTestCase, Session
from sop_kinerja.tests.utils import RoleUsersTestCase, as_user, new_perbaikan

POLA = "{klasifikasi}/{nomor}/{unit}/{tahun}"
UNIT = "SATPOLPP-A"
TAHUN = 2026


MADE_CODES = set()  # the codes these tests added to the site, removed again at the end


def ensure_klasifikasi(kode: str = "000.1.5", uraian: str = "Nota Dinas") -> str:
	if not frappe.db.exists("Klasifikasi Arsip", kode):
		frappe.get_doc({"doctype": "Klasifikasi Arsip", "kode": kode, "uraian": uraian}).insert(
			ignore_permissions=True
		)
		MADE_CODES.add(kode)
	return kode


def tearDownModule():
	frappe.db.rollback()
	for kode in MADE_CODES:
		if not frappe.db.exists(kosakata.DOCTYPE, {"klasifikasi": kode}):
			frappe.db.delete("Klasifikasi Arsip", {"name": kode})
	frappe.db.commit()


def set_pola(pola: str = POLA, lebar: int = 4, unit: str = UNIT, klasifikasi: str | None = None):
	settings = frappe.get_single(penomoran.SETTINGS)
	settings.update(
		{"pola_nomor": pola, "lebar_nomor": lebar, "kode_unit": unit, "klasifikasi_nota_dinas": klasifikasi}
	)
	settings.save(ignore_permissions=True)


def reset_counter(tahun: int, unit: str):
	"""A test's counter starts from nothing (its own unit code, never the office's)."""
	frappe.db.delete("Series", {"name": penomoran.kunci_nomor(unit, tahun)})


def put_back(before: dict, unit: str):
	"""The office's numbering settings as they were, and no counter of the test's unit left (a test that
	commits would otherwise leave its pattern in force)."""
	frappe.db.rollback()
	set_pola(
		before.get("pola_nomor") or "",
		before.get("lebar_nomor") or 4,
		before.get("kode_unit") or "",
		before.get("klasifikasi_nota_dinas"),
	)
	for tahun in (TAHUN, TAHUN + 1):
		reset_counter(tahun, unit)
	frappe.db.commit()


class TestPenomoran(RoleUsersTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_klasifikasi()
		ensure_klasifikasi("800.1.11.1", "Kepegawaian")
		frappe.db.commit()

	def setUp(self):
		self.unit = f"UJI-{frappe.generate_hash(length=6).upper()}"
		self.addCleanup(put_back, frappe.db.get_singles_dict(penomoran.SETTINGS), self.unit)
		set_pola(unit=self.unit, klasifikasi="000.1.5")

	def test_numbers_follow_the_pattern_with_the_chosen_classification(self):
		first = new_perbaikan(tanggal=f"{TAHUN}-11-24")
		second = new_perbaikan(tanggal=f"{TAHUN}-11-25", klasifikasi="800.1.11.1")
		self.assertEqual(first, f"000.1.5/0001/{self.unit}/{TAHUN}")
		self.assertEqual(second, f"800.1.11.1/0002/{self.unit}/{TAHUN}")  # one count for the unit and year
		set_pola("{nomor}-{unit}/{klasifikasi}/{tahun}", lebar=6, unit=self.unit, klasifikasi="000.1.5")
		self.assertEqual(new_perbaikan(tanggal=f"{TAHUN}-11-26"), f"000003-{self.unit}/000.1.5/{TAHUN}")

	def test_the_count_starts_again_each_year(self):
		self.assertEqual(new_perbaikan(tanggal="2026-12-30"), f"000.1.5/0001/{self.unit}/2026")
		self.assertEqual(new_perbaikan(tanggal="2026-12-31"), f"000.1.5/0002/{self.unit}/2026")
		self.assertEqual(new_perbaikan(tanggal="2027-01-02"), f"000.1.5/0001/{self.unit}/2027")
		self.assertEqual(new_perbaikan(tanggal="2026-12-31"), f"000.1.5/0003/{self.unit}/2026")

	def test_a_failed_save_leaves_no_gap(self):
		new_perbaikan(tanggal=f"{TAHUN}-11-24")
		frappe.db.commit()  # the counter stands at 1 for good
		self.addCleanup(self.remove_committed, f"000.1.5/0001/{self.unit}/{TAHUN}")
		with self.assertRaises(frappe.ValidationError):
			new_perbaikan(tanggal=f"{TAHUN}-11-24", hal="<b>Bukan teks biasa</b>")  # refused in validate
		frappe.db.rollback()  # as the request that failed is rolled back
		# a hook that fails after the row is written
		failing = patch.object(
			PerbaikanDataKinerja, "on_update", create=True, side_effect=frappe.ValidationError("gagal")
		)
		with failing, self.assertRaises(frappe.ValidationError):
			new_perbaikan(tanggal=f"{TAHUN}-11-24")
		frappe.db.rollback()
		self.assertEqual(new_perbaikan(tanggal=f"{TAHUN}-11-24"), f"000.1.5/0002/{self.unit}/{TAHUN}")

	def remove_committed(self, name: str):
		frappe.db.rollback()
		frappe.db.delete("Log Langkah SOP", {"reference_name": name})
		frappe.db.delete(kosakata.DOCTYPE, {"name": name})
		frappe.db.delete("Version", {"docname": name})
		frappe.db.commit()

	def test_an_existing_document_keeps_its_number(self):
		set_pola("", unit="")
		old = new_perbaikan()
		self.assertTrue(old.startswith(f"ND/{frappe.utils.getdate().year}/"), old)
		set_pola(unit=self.unit, klasifikasi="000.1.5")
		new = new_perbaikan(tanggal=f"{TAHUN}-11-24")
		self.assertEqual(new, f"000.1.5/0001/{self.unit}/{TAHUN}")
		doc = frappe.get_doc(kosakata.DOCTYPE, old)
		doc.save()
		self.assertTrue(frappe.db.exists(kosakata.DOCTYPE, old))

	def test_a_code_no_longer_in_use_is_refused(self):
		ensure_klasifikasi("999.9.9", "Uji, tidak dipakai lagi")
		frappe.db.set_value("Klasifikasi Arsip", "999.9.9", "aktif", 0)
		with self.assertRaises(KodeKlasifikasiTidakSahError):
			new_perbaikan(tanggal=f"{TAHUN}-11-24", klasifikasi="999.9.9")
		self.assertFalse(frappe.db.exists(kosakata.DOCTYPE, {"klasifikasi": "999.9.9"}))
		frappe.db.set_value("Klasifikasi Arsip", "999.9.9", "aktif", 1)
		self.assertEqual(
			new_perbaikan(tanggal=f"{TAHUN}-11-24", klasifikasi="999.9.9"),
			f"999.9.9/0002/{self.unit}/{TAHUN}",
		)  # 0002: the refused insert's number comes back only with the request's rollback (test above)

	def test_the_classification_cannot_change_once_numbered(self):
		name = new_perbaikan(tanggal=f"{TAHUN}-11-24")
		with as_user(kosakata.KEPALA_SATUAN), self.assertRaises(frappe.CannotChangeConstantError):
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			doc.klasifikasi = "800.1.11.1"
			doc.save()
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, name, "klasifikasi"), "000.1.5")

	def test_a_pattern_with_the_classification_needs_one(self):
		set_pola(unit=self.unit, klasifikasi=None)
		with self.assertRaises(penomoran.PolaNomorTidakSahError):
			new_perbaikan(tanggal=f"{TAHUN}-11-24")

	def test_the_print_shows_the_number(self):
		name = new_perbaikan(tanggal=f"{TAHUN}-11-24")
		html = frappe.get_print(kosakata.DOCTYPE, name, print_format="Nota Dinas")
		self.assertIn(f"000.1.5/0001/{self.unit}/{TAHUN}", html)

	def test_bad_patterns_and_codes_are_refused_and_change_nothing(self):
		before = frappe.db.get_singles_dict(penomoran.SETTINGS)
		bad = {
			"no running number": "{klasifikasi}/{unit}/{tahun}",
			"no year": "{klasifikasi}/{nomor}/{unit}",
			"an unknown placeholder": "{klasifikasi}/{nomor}/{bagian}/{tahun}",
			"a placeholder twice": "{nomor}/{nomor}/{tahun}",
			"a character Frappe refuses": "{klasifikasi}/{nomor}?/{unit}/{tahun}",
			"a URL fragment": "{klasifikasi}#{nomor}/{unit}/{tahun}",
		}
		frappe.local.lang = "id"
		frappe.local.lang_full_dict = None
		try:
			for case, pola in bad.items():
				with self.subTest(case), self.assertRaises(penomoran.PolaNomorTidakSahError) as ctx:
					set_pola(pola, unit=self.unit)
				self.assertNotRegex(str(ctx.exception), r"\b(the|must|cannot)\b", case)
			with self.assertRaises(penomoran.PolaNomorTidakSahError):
				set_pola(unit="")  # {unit} without a unit code
			with self.assertRaises(penomoran.PolaNomorTidakSahError):
				set_pola(lebar=12, unit=self.unit)
			for kode in ("000-1-5", "1.5", "000.1.", "abc"):
				with self.subTest(kode), self.assertRaises(KodeKlasifikasiTidakSahError):
					frappe.get_doc({"doctype": "Klasifikasi Arsip", "kode": kode, "uraian": "x"}).insert()
		finally:
			frappe.local.lang = "en"
			frappe.local.lang_full_dict = None
		after = frappe.db.get_singles_dict(penomoran.SETTINGS)
		self.assertEqual(after.pola_nomor, before.pola_nomor)
		self.assertFalse(frappe.db.exists("Klasifikasi Arsip", "000-1-5"))


class TestPenomoranRest(RestTestCase):
	"""Many documents created at once over REST: every number once, none skipped."""

	DOCUMENTS = 10

	def test_numbers_are_unique_and_consecutive_under_concurrency(self):
		ensure_klasifikasi()
		unit = f"UJI-{frappe.generate_hash(length=6).upper()}"
		before = frappe.db.get_singles_dict(penomoran.SETTINGS)
		set_pola(unit=unit, klasifikasi="000.1.5")
		frappe.db.commit()
		self.addCleanup(put_back, before, unit)

		def create(_):
			session = Session(self.site, kosakata.KEPALA_SATUAN)
			return session.request(
				"POST",
				f"/api/resource/{quote(kosakata.DOCTYPE)}",
				json_body={
					"hal": "Permintaan Perbaikan Data Kinerja",
					"tanggal": f"{TAHUN}-11-24",
					"surat_dari": "Biro Organisasi",
					"isi_disposisi": "Siapkan Nota Dinas.",
				},
			)

		with ThreadPoolExecutor(max_workers=self.DOCUMENTS) as pool:
			results = list(pool.map(create, range(self.DOCUMENTS)))
		names = [body.get("data", {}).get("name") for _status, body in results]
		self.made.extend(name for name in names if name)
		self.assertEqual([status for status, _body in results], [200] * self.DOCUMENTS, results)
		self.assertEqual(
			sorted(names), [f"000.1.5/{n:04d}/{unit}/{TAHUN}" for n in range(1, self.DOCUMENTS + 1)]
		)
		# a name with dots and slashes reads back over REST
		status, body = Session(self.site, kosakata.KEPALA_SATUAN).request(
			"GET", f"/api/resource/{quote(kosakata.DOCTYPE)}/{quote(names[0], safe='')}"
		)
		self.assertEqual((status, body["data"]["name"]), (200, names[0]))
