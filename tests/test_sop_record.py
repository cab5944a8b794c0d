"""The shipped SOP record and the workflow it generates, checked without Frappe."""

import json
from pathlib import Path

import pytest

from sop_kinerja import alur, sop

APP = Path(__file__).resolve().parents[1] / "sop_kinerja"


@pytest.fixture(scope="module")
def record():
	return json.loads((APP / "data" / "sop_perbaikan_data_kinerja.json").read_text())


@pytest.fixture(scope="module")
def workflow():
	return json.loads((APP / "workflow" / "perbaikan_data_kinerja.json").read_text())[0]


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
		)
		for s in record["langkah"]
	] == [(s.no, s.state, s.role, s.kegiatan, s.kelengkapan, s.waktu, s.output) for s in sop.LANGKAH]
	assert [int(s["doc_status"]) for s in record["langkah"]] == [s.docstatus for s in sop.LANGKAH]
	assert record["status_akhir"] == sop.DIARSIPKAN
	assert {s["aksi"] for s in record["langkah"]} <= set(sop.ACTIONS)


def test_the_record_holds_the_whole_identity_block(record):
	assert record["nama_sop"] == "Perbaikan Data Kinerja"
	assert len(record["dasar_hukum"]) == 3
	assert len(record["kualifikasi_pelaksana"]) == 2
	assert len(record["keterkaitan"]) == 3
	assert len(record["peralatan"]) == 3
	assert len(record["pencatatan"]) == 2
	assert record["peringatan"]


def test_the_record_generates_exactly_the_shipped_workflow(record, workflow):
	spec = alur.workflow_spec(record["langkah"], record["status_akhir"])
	assert alur.changes(spec, workflow) == []
	assert alur.mismatches(record["langkah"], record["status_akhir"], workflow) == []
	assert {alur.transition_key(t) for t in spec["transitions"]} == {
		(t.state, t.action, t.next_state, t.role) for t in sop.TRANSITIONS
	}


def test_each_decision_step_sends_back_to_the_step_before(record):
	decisions = {s["no"]: s["tidak_setuju_ke"] for s in record["langkah"] if s.get("tidak_setuju_ke")}
	assert decisions == {5: 4, 6: 5, 7: 6}


def test_a_changed_role_shows_as_a_changed_state_and_new_transitions(record, workflow):
	steps = [dict(s) for s in record["langkah"]]
	steps[2]["pelaksana"] = sop.SEKRETARIS
	found = alur.changes(alur.workflow_spec(steps, record["status_akhir"]), workflow)
	assert [c.kind for c in found] == ["change_state", "add_transition", "remove_transition"]
	assert found[0].subject == "Penerimaan Kasubbag"
	assert alur.mismatches(steps, record["status_akhir"], workflow) == [
		alur.Mismatch("role_differs", 3, "Penerimaan Kasubbag", sop.SEKRETARIS, sop.KASUBBAG)
	]


def test_a_new_step_adds_its_state_and_rewires_the_path(record, workflow):
	steps = [dict(s) for s in record["langkah"]]
	steps.append({**steps[-1], "no": 11, "workflow_state": "Pemusnahan Salinan", "aksi": "Musnahkan"})
	found = alur.changes(alur.workflow_spec(steps, record["status_akhir"]), workflow)
	assert alur.Change("add_state", "Pemusnahan Salinan", "Arsiparis, docstatus 1") in found
	assert alur.Change("remove_transition", "Pengarsipan -[Arsipkan]-> Diarsipkan (Arsiparis)") in found
	assert alur.Change("add_transition", "Pengarsipan -[Arsipkan]-> Pemusnahan Salinan (Arsiparis)") in found
	assert alur.mismatches(steps, record["status_akhir"], workflow) == [
		alur.Mismatch("step_without_state", 11, "Pemusnahan Salinan", sop.ARSIPARIS)
	]
