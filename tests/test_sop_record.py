"""The shipped SOP record and the workflow it generates, checked without Frappe."""

from sop_kinerja.mesin import sop_ke_workflow
from sop_kinerja.naskah import kosakata

# The seed's reading of the SOP (/work/shared/seed/sop-perbaikan-data-kinerja.md), written out as the
# test's expected data: the record must say this. Kegiatan as the record words it (the seed's reading
# names the Sekretaris "Kabag/Sekretaris" at step 1).
SEED_STEPS = [
	# no, workflow state, pelaksana, kegiatan, kelengkapan, waktu (minutes), output, aksi, docstatus
	(
		1,
		"Disposisi Kepala Satuan",
		"Kepala Satuan",
		"Memerintahkan Sekretaris membuat Nota Dinas permintaan data dan informasi kinerja "
		"untuk perbaikan data kinerja",
		"Surat",
		5,
		"Disposisi permintaan data kepada Perangkat Daerah",
		"Perintahkan",
		0,
	),
	(
		2,
		"Penyampaian Sekretaris",
		"Sekretaris",
		"Menyampaikan perbaikan data dan informasi kinerja kepada Kasubbag Renja dan Monev",
		"Dokumen, data",
		5,
		"Bahan Informasi Perbaikan Data Kinerja",
		"Sampaikan",
		0,
	),
	(
		3,
		"Penerimaan Kasubbag",
		"Kasubbag Renja dan Monev",
		"Menerima dan memerintahkan Pelaksana untuk menghimpun perbaikan data kinerja",
		"Dokumen, data",
		5,
		"Bahan Informasi Perbaikan Data Kinerja",
		"Perintahkan",
		0,
	),
	(
		4,
		"Penyusunan Pelaksana",
		"Pelaksana",
		"Menganalisis dan mengevaluasi perbaikan data dan informasi kinerja yang sudah terkumpul, "
		"menyusun perbaikan data kinerja, lalu menyampaikannya kepada Kasubbag",
		"Dokumen, data",
		20,
		"Bahan Informasi Perbaikan Data Kinerja",
		"Sampaikan",
		0,
	),
	(
		5,
		"Telaah Kasubbag",
		"Kasubbag Renja dan Monev",
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju diparaf dan diserahkan kepada "
		"Sekretaris, jika tidak dikembalikan kepada Pelaksana",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
		"Paraf",
		0,
	),
	(
		6,
		"Telaah Sekretaris",
		"Sekretaris",
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju diparaf dan diserahkan kepada "
		"Kepala Satuan, jika tidak dikembalikan kepada Kasubbag",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
		"Paraf",
		0,
	),
	(
		7,
		"Telaah Kepala Satuan",
		"Kepala Satuan",
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju ditandatangani dan diserahkan "
		"kepada Sekretaris, jika tidak dikembalikan kepada Sekretaris",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
		"Tandatangani",
		0,
	),
	(
		8,
		"Ditandatangani",
		"Sekretaris",
		"Menerima hasil perbaikan data kinerja dan memerintahkan Kasubbag untuk mengarsipkan",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja",
		"Perintahkan Pengarsipan",
		1,
	),
	(
		9,
		"Perintah Pengarsipan",
		"Kasubbag Renja dan Monev",
		"Memerintahkan Arsiparis untuk mengarsipkan perbaikan data kinerja",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja",
		"Perintahkan Pengarsipan",
		1,
	),
	(
		10,
		"Pengarsipan",
		"Arsiparis",
		"Mengarsipkan Perbaikan Data Kinerja dalam Arsip",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja (diarsipkan)",
		"Arsipkan",
		1,
	),
]
SEED_STATUS_AKHIR = "Diarsipkan"
SEED_SEND_BACKS = {5: 4, 6: 5, 7: 6}  # the three decision steps: "tidak setuju" goes to the step before
# the workflow the seed's SOP runs on: each step's action on to the next, and each decision's way back
SEED_TRANSITIONS = {
	("Disposisi Kepala Satuan", "Perintahkan", "Penyampaian Sekretaris", "Kepala Satuan"),
	("Penyampaian Sekretaris", "Sampaikan", "Penerimaan Kasubbag", "Sekretaris"),
	("Penerimaan Kasubbag", "Perintahkan", "Penyusunan Pelaksana", "Kasubbag Renja dan Monev"),
	("Penyusunan Pelaksana", "Sampaikan", "Telaah Kasubbag", "Pelaksana"),
	("Telaah Kasubbag", "Paraf", "Telaah Sekretaris", "Kasubbag Renja dan Monev"),
	("Telaah Kasubbag", "Kembalikan", "Penyusunan Pelaksana", "Kasubbag Renja dan Monev"),
	("Telaah Sekretaris", "Paraf", "Telaah Kepala Satuan", "Sekretaris"),
	("Telaah Sekretaris", "Kembalikan", "Telaah Kasubbag", "Sekretaris"),
	("Telaah Kepala Satuan", "Tandatangani", "Ditandatangani", "Kepala Satuan"),
	("Telaah Kepala Satuan", "Kembalikan", "Telaah Sekretaris", "Kepala Satuan"),
	("Ditandatangani", "Perintahkan Pengarsipan", "Perintah Pengarsipan", "Sekretaris"),
	("Perintah Pengarsipan", "Perintahkan Pengarsipan", "Pengarsipan", "Kasubbag Renja dan Monev"),
	("Pengarsipan", "Arsipkan", "Diarsipkan", "Arsiparis"),
}


def test_the_record_holds_the_sops_ten_steps(record):
	assert [
		(
			s["no"],
			s["workflow_state"],
			s["pelaksana"],
			s["kegiatan"],
			s["kelengkapan"],
			s["waktu"],
			s["output"],
			s["aksi"],
			int(s["doc_status"]),
		)
		for s in record["langkah"]
	] == SEED_STEPS
	assert sum(s["waktu"] for s in record["langkah"]) == 110
	assert record["status_akhir"] == SEED_STATUS_AKHIR
	assert {s["no"]: s["aksi_tidak_setuju"] for s in record["langkah"] if s.get("tidak_setuju_ke")} == {
		5: kosakata.KEMBALIKAN,
		6: kosakata.KEMBALIKAN,
		7: kosakata.KEMBALIKAN,
	}


def test_the_vocabulary_names_what_the_record_holds(record):
	"""The names code uses for roles, actions and states are the record's."""
	steps = {s["workflow_state"]: s for s in record["langkah"]}
	assert {s["pelaksana"] for s in record["langkah"]} == set(kosakata.ROLES)
	assert {s["aksi"] for s in record["langkah"]} | {kosakata.KEMBALIKAN} == set(kosakata.ACTIONS)
	assert record["langkah"][0]["workflow_state"] == kosakata.DISPOSISI_KEPALA_SATUAN
	assert (
		next(s["workflow_state"] for s in record["langkah"] if int(s["doc_status"]) == 1)
		== kosakata.DITANDATANGANI
	)
	assert record["status_akhir"] == kosakata.DIARSIPKAN
	# the Nota Dinas is the Sekretaris's step, the corrections the Pelaksana's
	assert (
		steps[kosakata.PENYAMPAIAN_SEKRETARIS]["no"],
		steps[kosakata.PENYAMPAIAN_SEKRETARIS]["pelaksana"],
	) == (
		2,
		kosakata.SEKRETARIS,
	)
	assert (
		steps[kosakata.PENYUSUNAN_PELAKSANA]["no"],
		steps[kosakata.PENYUSUNAN_PELAKSANA]["pelaksana"],
	) == (
		4,
		kosakata.PELAKSANA,
	)


def test_each_output_the_record_enforces_is_a_field_of_the_doctype(record, doctypes):
	"""The Nota Dinas (step 2) and the corrections (step 4) are the Outputs enforced: the record names
	Perbaikan Data Kinerja's own fields for them, and nothing else is enforced."""
	fieldnames = {df["fieldname"] for df in doctypes[kosakata.DOCTYPE]["fields"]}
	enforced = {
		s["workflow_state"]: [f.strip() for f in s["field_output"].split(",")]
		for s in record["langkah"]
		if s.get("field_output")
	}
	assert enforced == {
		kosakata.PENYAMPAIAN_SEKRETARIS: ["kepada", "dari", "hal", "isi", "penandatangan"],
		kosakata.PENYUSUNAN_PELAKSANA: ["koreksi"],
	}
	assert {f for fields in enforced.values() for f in fields} <= fieldnames


def test_every_decision_returns_to_an_earlier_step(record):
	decisions = [s for s in record["langkah"] if s.get("keputusan")]
	assert [s["no"] for s in decisions] == [5, 6, 7]
	assert all(0 < s["tidak_setuju_ke"] < s["no"] for s in decisions)
	assert all(s.get("keputusan") for s in record["langkah"] if s.get("tidak_setuju_ke"))


def test_the_record_holds_the_whole_identity_block(record):
	assert record["nama_sop"] == "Perbaikan Data Kinerja"
	assert len(record["dasar_hukum"]) == 3
	assert len(record["kualifikasi_pelaksana"]) == 2
	assert len(record["keterkaitan"]) == 3
	assert len(record["peralatan"]) == 3
	assert len(record["pencatatan"]) == 2
	assert record["peringatan"]


def test_the_record_generates_exactly_the_shipped_workflow(record, workflow):
	spec = sop_ke_workflow.workflow_spec(record["langkah"], record["status_akhir"])
	assert sop_ke_workflow.changes(spec, workflow) == []
	assert sop_ke_workflow.mismatches(record["langkah"], record["status_akhir"], workflow) == []
	assert {sop_ke_workflow.transition_key(t) for t in spec["transitions"]} == SEED_TRANSITIONS


def test_each_decision_step_sends_back_to_the_step_before(record):
	decisions = {s["no"]: s["tidak_setuju_ke"] for s in record["langkah"] if s.get("tidak_setuju_ke")}
	assert decisions == SEED_SEND_BACKS


def test_a_changed_role_shows_as_a_changed_state_and_new_transitions(record, workflow):
	steps = [dict(s) for s in record["langkah"]]
	steps[2]["pelaksana"] = kosakata.SEKRETARIS
	found = sop_ke_workflow.changes(sop_ke_workflow.workflow_spec(steps, record["status_akhir"]), workflow)
	assert [c.kind for c in found] == ["change_state", "add_transition", "remove_transition"]
	assert found[0].subject == "Penerimaan Kasubbag"
	assert sop_ke_workflow.mismatches(steps, record["status_akhir"], workflow) == [
		sop_ke_workflow.Mismatch(
			"role_differs", 3, "Penerimaan Kasubbag", kosakata.SEKRETARIS, kosakata.KASUBBAG
		)
	]


def test_a_new_step_adds_its_state_and_rewires_the_path(record, workflow):
	steps = [dict(s) for s in record["langkah"]]
	steps.append({**steps[-1], "no": 11, "workflow_state": "Pemusnahan Salinan", "aksi": "Musnahkan"})
	found = sop_ke_workflow.changes(sop_ke_workflow.workflow_spec(steps, record["status_akhir"]), workflow)
	assert sop_ke_workflow.Change("add_state", "Pemusnahan Salinan", "Arsiparis, docstatus 1") in found
	assert (
		sop_ke_workflow.Change("remove_transition", "Pengarsipan -[Arsipkan]-> Diarsipkan (Arsiparis)")
		in found
	)
	assert (
		sop_ke_workflow.Change("add_transition", "Pengarsipan -[Arsipkan]-> Pemusnahan Salinan (Arsiparis)")
		in found
	)
	assert sop_ke_workflow.mismatches(steps, record["status_akhir"], workflow) == [
		sop_ke_workflow.Mismatch("step_without_state", 11, "Pemusnahan Salinan", kosakata.ARSIPARIS)
	]
