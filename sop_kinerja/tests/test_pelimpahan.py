"""Plt. and Plh. on a real site: an approved Pelimpahan Wewenang lets the acting user take the
official's steps within its period only, the step log and the Nota Dinas print show both people, and
the approval, the bad input and REST follow the same rules."""

import io

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow
from frappe.utils import add_days, nowdate
from pypdf import PdfReader

from sop_kinerja.mesin import mutu_baku, pelimpahan
from sop_kinerja.mesin.exceptions import TransitionNotAllowedError
from sop_kinerja.naskah import kosakata
from sop_kinerja.naskah.pdf import get_nota_dinas_pdf
from sop_kinerja.sop_kinerja.doctype.pelimpahan_wewenang.pelimpahan_wewenang import PelimpahanTidakSahError
from sop_kinerja.tests.rest import PASSWORD, RestTestCase, Session
from sop_kinerja.tests.utils import (
	USERS,
	RoleUsersTestCase,
	as_user,
	ensure_pejabat,
	ensure_user,
	log_of,
	new_perbaikan,
	walk_to,
)

PLH = "plh.kasatpol@sop-kinerja.test"  # a second Sekretaris, made Plh. Kepala Satuan
NIP_PLH = "198203142006041002"
NIP_SEKRETARIS = "197805052003121004"
TELAAH_KEPALA = "Telaah Kepala Satuan"  # step 7: the Kepala Satuan signs (Tandatangani)


def ensure_plh() -> str:
	"""The acting official: a Sekretaris with a Pejabat record of their own."""
	ensure_user(PLH, [kosakata.SEKRETARIS])
	return buat_pejabat(
		NIP_PLH,
		"Hendra Gunawan, S.STP., M.Si.",
		"Pembina Tingkat I (IV/b)",
		"Sekretaris Satuan Polisi Pamong Praja",
		PLH,
	)


def surat_perintah() -> str:
	berkas = frappe.get_doc(
		{"doctype": "File", "file_name": "sprin-plh.pdf", "content": b"%PDF-1.4 sprin", "is_private": 1}
	).insert(ignore_permissions=True)
	return berkas.file_url


def pelimpahan_baru(
	dari=None, sampai=None, peran=kosakata.KEPALA_SATUAN, pejabat=None, pelaksana=None, **values
):
	return frappe.get_doc(
		{
			"doctype": pelimpahan.DOCTYPE,
			"jenis": "Plh.",
			"peran": peran,
			"pejabat": pejabat or ensure_pejabat(),
			"pelaksana": pelaksana or NIP_PLH,
			"dari_tanggal": dari or nowdate(),
			"sampai_tanggal": sampai or add_days(nowdate(), 3),
			"nomor_surat_perintah": "800.1.11.1/012/SATPOLPP-A/2026",
			"berkas_surat_perintah": surat_perintah(),
			**values,
		}
	)


def disetujui(doc):
	doc.insert()
	doc.submit()
	return doc


def sign_as_plh(name: str):
	with as_user(PLH):
		return apply_workflow(frappe.get_doc(kosakata.DOCTYPE, name), kosakata.TANDATANGANI)


class TestPelimpahan(RoleUsersTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_pejabat()
		ensure_plh()
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.db.rollback()
		frappe.db.delete(
			"Pejabat", {"name": NIP_PLH}
		)  # committed for the class; the user stays, as the role users do
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		pelimpahan.clear_cache()

	def tearDown(self):
		super().tearDown()
		pelimpahan.clear_cache()
		frappe.clear_cache(user=PLH)

	def test_inside_the_period_the_acting_official_signs_and_the_papers_show_both(self):
		delegation = disetujui(pelimpahan_baru())
		self.assertEqual((delegation.status, bool(delegation.peran_diberikan)), ("Berlaku", True))
		self.assertEqual(delegation.disetujui_oleh, "Administrator")
		self.assertIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))

		name = new_perbaikan()
		walk_to(name, TELAAH_KEPALA)
		# the acting user finds it among the documents waiting for the Kepala Satuan's role
		with as_user(PLH):
			waiting = frappe.get_list(
				kosakata.DOCTYPE, filters={"workflow_state": TELAAH_KEPALA}, pluck="name"
			)
		self.assertIn(name, waiting)
		# and is told when it waits too long
		(row,) = frappe.get_all(
			"Log Langkah SOP", {"reference_name": name, "keluar": ("is", "not set")}, pluck="name"
		)
		frappe.db.set_value("Log Langkah SOP", row, "batas_waktu", add_days(nowdate(), -1))
		mutu_baku.tandai_lewat_waktu()
		self.assertIn(PLH, frappe.get_all("Notification Log", {"document_name": name}, pluck="for_user"))

		sign_as_plh(name)

		(signed,) = [line for line in log_of(name) if line.langkah == 7]
		self.assertEqual(
			(signed.user, signed.role, signed.jenis_pelimpahan, signed.atas_nama),
			(PLH, kosakata.KEPALA_SATUAN, "Plh.", USERS[kosakata.KEPALA_SATUAN]),
		)
		who = mutu_baku.nama_pelaku(signed)
		self.assertTrue(who.startswith("Plh. Kepala Satuan "), who)
		self.assertIn(frappe.utils.get_fullname(PLH), who)
		self.assertIn(frappe.utils.get_fullname(USERS[kosakata.KEPALA_SATUAN]), who)
		timeline = " ".join(entry["content"] for entry in mutu_baku.timeline_langkah(kosakata.DOCTYPE, name))
		self.assertIn(frappe.utils.escape_html(who), timeline)
		form = frappe.get_doc(kosakata.DOCTYPE, name)
		form.run_method("onload")
		self.assertIn(who, [line.nama_user for line in form.get_onload().log_langkah])

		# the print and the PDF: "Plh. Kepala Satuan Polisi Pamong Praja," and the acting official
		html = frappe.get_print(kosakata.DOCTYPE, name, print_format="Nota Dinas")
		self.assertIn("Plh. Kepala Satuan Polisi Pamong Praja,", html)
		self.assertIn("Hendra Gunawan, S.STP., M.Si.", html)
		self.assertIn("Pembina Tingkat I (IV/b)", html)
		self.assertIn(f"NIP. {NIP_PLH}", html)
		self.assertNotIn(NIP_KEPALA_PRINTED, html)
		pages = PdfReader(io.BytesIO(get_nota_dinas_pdf(form))).pages
		text = " ".join(" ".join(page.extract_text().split()) for page in pages)
		self.assertIn("Plh. Kepala Satuan Polisi Pamong Praja", text)
		self.assertIn(NIP_PLH, text)
		# the public verification record names the signer as the paper does
		record = frappe.db.get_value(
			"Verifikasi Naskah",
			{"reference_name": name},
			["penandatangan_jabatan", "penandatangan_nama"],
			as_dict=True,
		)
		self.assertEqual(
			(record.penandatangan_jabatan, record.penandatangan_nama),
			("Plh. Kepala Satuan Polisi Pamong Praja", "Hendra Gunawan, S.STP., M.Si."),
		)

	def test_a_document_signed_by_the_official_prints_the_official(self):
		disetujui(pelimpahan_baru())
		name = new_perbaikan()
		walk_to(name, kosakata.DITANDATANGANI)  # signed by the Kepala Satuan in person
		(signed,) = [line for line in log_of(name) if line.langkah == 7]
		self.assertEqual((signed.user, signed.jenis_pelimpahan), (USERS[kosakata.KEPALA_SATUAN], None))
		html = frappe.get_print(kosakata.DOCTYPE, name, print_format="Nota Dinas")
		self.assertIn("Kepala Satuan Polisi Pamong Praja,", html)
		self.assertNotIn("Plh.", html)
		self.assertIn(NIP_KEPALA_PRINTED, html)

	def test_before_the_period_the_acting_user_is_refused_until_it_begins(self):
		delegation = disetujui(pelimpahan_baru(dari=add_days(nowdate(), 1)))
		self.assertEqual((delegation.status, bool(delegation.peran_diberikan)), ("Belum Berlaku", False))
		self.assertNotIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))
		name = new_perbaikan()
		walk_to(name, TELAAH_KEPALA)
		with self.assertRaises(WorkflowTransitionError):  # no Kepala Satuan action for them
			sign_as_plh(name)

		# the day comes: the hourly job gives the role
		frappe.db.set_value(pelimpahan.DOCTYPE, delegation.name, "dari_tanggal", nowdate())
		pelimpahan.perbarui_role()
		self.assertEqual(frappe.db.get_value(pelimpahan.DOCTYPE, delegation.name, "status"), "Berlaku")
		sign_as_plh(name)
		self.assertEqual(
			frappe.db.get_value(kosakata.DOCTYPE, name, "workflow_state"), kosakata.DITANDATANGANI
		)

	def test_after_the_period_the_acting_user_is_refused_and_the_role_goes_back(self):
		delegation = disetujui(pelimpahan_baru())
		name = new_perbaikan()
		walk_to(name, TELAAH_KEPALA)
		# the period ended yesterday; the hourly job has not run yet, the role is still on the user
		frappe.db.set_value(
			pelimpahan.DOCTYPE,
			delegation.name,
			{"dari_tanggal": add_days(nowdate(), -3), "sampai_tanggal": add_days(nowdate(), -1)},
		)
		pelimpahan.clear_cache()
		self.assertIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))
		with self.assertRaises(TransitionNotAllowedError):
			sign_as_plh(name)
		with as_user(PLH), self.assertRaises(frappe.PermissionError):  # nor edit at the step
			doc = frappe.get_doc(kosakata.DOCTYPE, name)
			doc.hal = "Diubah oleh Plh. sesudah masanya"
			doc.save()

		pelimpahan.perbarui_role()
		self.assertEqual(frappe.db.get_value(pelimpahan.DOCTYPE, delegation.name, "status"), "Berakhir")
		self.assertNotIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))
		self.assertEqual(frappe.get_roles(PLH).count(kosakata.SEKRETARIS), 1)  # their own role stays

	def test_a_revoked_delegation_ends_at_once(self):
		delegation = disetujui(pelimpahan_baru())
		name = new_perbaikan()
		walk_to(name, TELAAH_KEPALA)
		delegation.cancel()
		self.assertEqual(frappe.db.get_value(pelimpahan.DOCTYPE, delegation.name, "status"), "Dicabut")
		self.assertNotIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))
		with self.assertRaises(WorkflowTransitionError):
			sign_as_plh(name)

	def test_a_role_the_acting_user_already_held_is_kept(self):
		# the Kasubbag stands in for the Sekretaris; they share no role, so give them the Sekretaris's first
		ensure_user(PLH, [kosakata.SEKRETARIS, kosakata.KEPALA_SATUAN])
		delegation = disetujui(pelimpahan_baru())
		self.assertEqual((delegation.status, bool(delegation.peran_diberikan)), ("Berlaku", False))
		delegation.cancel()
		self.assertIn(kosakata.KEPALA_SATUAN, frappe.get_roles(PLH))
		ensure_user(PLH, [kosakata.SEKRETARIS])

	def test_the_kepala_satuan_approves_other_roles_but_not_their_own(self):
		sekretaris = ensure_pejabat_sekretaris()
		with as_user(kosakata.KEPALA_SATUAN):
			for_sekretaris = disetujui(
				pelimpahan_baru(
					peran=kosakata.SEKRETARIS, pejabat=sekretaris, pelaksana=ensure_plh_kasubbag()
				)
			)
			self.assertEqual(for_sekretaris.disetujui_oleh, USERS[kosakata.KEPALA_SATUAN])
			own = pelimpahan_baru().insert()
			with self.assertRaises(frappe.PermissionError):
				own.submit()
		self.assertEqual(frappe.db.get_value(pelimpahan.DOCTYPE, own.name, "docstatus"), 0)
		with as_user(kosakata.SEKRETARIS), self.assertRaises(frappe.PermissionError):
			pelimpahan_baru(
				peran=kosakata.SEKRETARIS, pejabat=sekretaris, pelaksana=ensure_plh_kasubbag()
			).insert()

	def test_bad_input_is_refused_and_changes_nothing(self):
		orang_tanpa_user = ensure_pejabat_tanpa_user()
		disetujui(pelimpahan_baru())
		before = frappe.db.count(pelimpahan.DOCTYPE)
		cases = {
			"ends before it begins": {"dari": nowdate(), "sampai": add_days(nowdate(), -1)},
			"acting for oneself": {"pelaksana": ensure_pejabat()},
			"a role the official does not hold": {"peran": kosakata.ARSIPARIS},
			"a role no one may delegate": {"peran": "System Manager"},
			"an acting official with no user": {"pelaksana": orang_tanpa_user},
			"overlapping the one in force": {
				"dari": add_days(nowdate(), 1),
				"sampai": add_days(nowdate(), 5),
			},
		}
		frappe.local.lang = "id"
		frappe.local.lang_full_dict = None
		try:
			for case, values in cases.items():
				with self.subTest(case), self.assertRaises(PelimpahanTidakSahError) as ctx:
					pelimpahan_baru(**values).insert()
				self.assertNotRegex(str(ctx.exception), r"\b(the|cannot|must)\b", case)  # in Indonesian
		finally:
			frappe.local.lang = "en"
			frappe.local.lang_full_dict = None
		self.assertEqual(frappe.db.count(pelimpahan.DOCTYPE), before)


NIP_KEPALA_PRINTED = "NIP. 197503152000031002"  # the Kepala Satuan of tests/utils.ensure_pejabat


def buat_pejabat(nip: str, nama: str, pangkat: str, jabatan: str, user: str | None = None) -> str:
	"""A Pejabat record (named by its NIP), made once."""
	if not frappe.db.exists("Pejabat", nip):
		frappe.get_doc(
			{
				"doctype": "Pejabat",
				"nama": nama,
				"nip": nip,
				"pangkat_golongan": pangkat,
				"jabatan": jabatan,
				"user": user,
			}
		).insert(ignore_permissions=True)
	return nip


def ensure_pejabat_sekretaris() -> str:
	return buat_pejabat(
		NIP_SEKRETARIS,
		"Rudi Hartono, S.H.",
		"Pembina (IV/a)",
		"Sekretaris Satuan Polisi Pamong Praja",
		USERS[kosakata.SEKRETARIS],
	)


def ensure_plh_kasubbag() -> str:
	return buat_pejabat(
		"198505052010011005",
		"Siti Rahmah, S.E.",
		"Penata (III/c)",
		"Kepala Subbagian Perencanaan, Evaluasi dan Pelaporan",
		USERS[kosakata.KASUBBAG],
	)


def ensure_pejabat_tanpa_user() -> str:
	return buat_pejabat("199001012015031001", "Tanpa Pengguna", "Penata Muda (III/a)", "Analis")


class TestPelimpahanRest(RestTestCase):
	"""The same rules through the REST API, as another program would move the document."""

	def test_the_acting_user_moves_the_document_over_rest_only_within_the_period(self):
		ensure_pejabat()
		ensure_plh()
		frappe.utils.password.update_password(PLH, PASSWORD)
		delegation = disetujui(pelimpahan_baru())
		self.addCleanup(self.hapus_pelimpahan, delegation.name)
		first, second = self.committed_document(TELAAH_KEPALA), self.committed_document(TELAAH_KEPALA)
		plh = Session(self.site, PLH)

		status, _body = plh.act(first, kosakata.TANDATANGANI)
		self.assertEqual(status, 200)
		self.assertEqual(
			frappe.db.get_value(kosakata.DOCTYPE, first, "workflow_state"), kosakata.DITANDATANGANI
		)
		self.assertEqual(
			frappe.db.get_value(
				"Log Langkah SOP", {"reference_name": first, "langkah": 7}, ["jenis_pelimpahan", "atas_nama"]
			),
			("Plh.", USERS[kosakata.KEPALA_SATUAN]),
		)

		frappe.get_doc(pelimpahan.DOCTYPE, delegation.name).cancel()
		frappe.db.commit()
		status, body = plh.act(second, kosakata.TANDATANGANI)
		self.assertEqual(status, 417)  # as Frappe answers anyone without the action's role
		self.assertIn("WorkflowTransitionError", body.get("exc_type", ""))
		self.assertEqual(frappe.db.get_value(kosakata.DOCTYPE, second, "workflow_state"), TELAAH_KEPALA)

	def hapus_pelimpahan(self, name: str):
		doc = frappe.get_doc(pelimpahan.DOCTYPE, name)
		if doc.docstatus == 1:
			doc.cancel()
		frappe.db.delete(pelimpahan.DOCTYPE, {"name": name})
		frappe.db.delete("File", {"file_name": "sprin-plh.pdf"})
		frappe.db.delete("Pejabat", {"name": NIP_PLH})
		frappe.db.commit()
