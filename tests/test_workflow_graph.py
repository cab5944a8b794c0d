"""The shipped Workflow against the SOP record it runs: states, roles, transitions, docstatus rules,
reachability. The record itself is checked against the seed in test_sop_record.py."""

import json
from collections import defaultdict

from sop_kinerja import hooks
from sop_kinerja.mesin import sop_ke_workflow
from sop_kinerja.naskah import kosakata


def transitions_of(workflow):
	return {(t["state"], t["action"], t["next_state"], t["allowed"]) for t in workflow["transitions"]}


def states_of(record) -> list[str]:
	"""The record's states in SOP order: each step's, then the one after the last."""
	return [*(s["workflow_state"] for s in record["langkah"]), record["status_akhir"]]


def nomor_langkah(record) -> dict[str, int]:
	"""Each state's step by the record; the final state counts as one past the last step."""
	steps = record["langkah"]
	return {**{s["workflow_state"]: s["no"] for s in steps}, record["status_akhir"]: steps[-1]["no"] + 1}


def test_workflow_matches_the_sop_record(workflow, record):
	assert workflow["document_type"] == record["document_type"] == kosakata.DOCTYPE
	assert workflow["name"] == record["workflow"] == kosakata.WORKFLOW
	assert workflow["workflow_state_field"] == "workflow_state"
	assert workflow["is_active"]
	assert [s["state"] for s in workflow["states"]] == states_of(record)
	steps = record["langkah"]
	by_no = {s["no"]: s for s in steps}
	forward = {
		(s["workflow_state"], s["aksi"], next_state, s["pelaksana"])
		for s, next_state in zip(steps, states_of(record)[1:], strict=True)
	}
	send_backs = {
		(
			s["workflow_state"],
			s["aksi_tidak_setuju"],
			by_no[s["tidak_setuju_ke"]]["workflow_state"],
			s["pelaksana"],
		)
		for s in steps
		if s.get("tidak_setuju_ke")
	}
	assert transitions_of(workflow) == forward | send_backs
	assert len(forward) == 10 and len(send_backs) == 3


def test_every_sop_step_has_its_state_edited_by_its_actor(workflow, record):
	states = {s["state"]: s for s in workflow["states"]}
	for langkah in record["langkah"]:
		state = states[langkah["workflow_state"]]
		assert state["allow_edit"] == langkah["pelaksana"]
		assert state["doc_status"] == langkah["doc_status"]
	assert states[kosakata.DIARSIPKAN]["doc_status"] == "1"


def test_each_transition_is_allowed_to_the_actor_of_its_step_only(workflow, record):
	actor = {langkah["workflow_state"]: langkah["pelaksana"] for langkah in record["langkah"]}
	for t in workflow["transitions"]:
		assert t["allowed"] == actor[t["state"]], t


def test_three_send_back_loops_stay_among_drafts(workflow, record):
	docstatus = {s["state"]: s["doc_status"] for s in workflow["states"]}
	no = nomor_langkah(record)
	send_backs = [t for t in workflow["transitions"] if no[t["next_state"]] < no[t["state"]]]
	assert {(no[t["state"]], no[t["next_state"]]) for t in send_backs} == {(5, 4), (6, 5), (7, 6)}
	for t in send_backs:
		assert t["action"] == kosakata.KEMBALIKAN
		assert docstatus[t["state"]] == docstatus[t["next_state"]] == "0"


def test_docstatus_moves_only_forward(workflow):
	docstatus = {s["state"]: int(s["doc_status"]) for s in workflow["states"]}
	for t in workflow["transitions"]:
		before, after = docstatus[t["state"]], docstatus[t["next_state"]]
		assert before != 2, "no transition out of a cancelled state"
		assert after >= before, "no transition from submitted back to draft"
		assert (before, after) != (0, 2), "no transition from draft straight to cancelled"
	signing = [
		t for t in workflow["transitions"] if docstatus[t["state"]] == 0 and docstatus[t["next_state"]] == 1
	]
	assert [(t["action"], t["allowed"]) for t in signing] == [(kosakata.TANDATANGANI, kosakata.KEPALA_SATUAN)]


def test_every_state_is_reachable_and_can_finish(workflow):
	forward, backward = defaultdict(set), defaultdict(set)
	for t in workflow["transitions"]:
		forward[t["state"]].add(t["next_state"])
		backward[t["next_state"]].add(t["state"])

	def closure(start, edges):
		seen, todo = {start}, [start]
		while todo:
			for nxt in edges[todo.pop()]:
				if nxt not in seen:
					seen.add(nxt)
					todo.append(nxt)
		return seen

	states = {s["state"] for s in workflow["states"]}
	assert closure(workflow["states"][0]["state"], forward) == states
	assert closure(kosakata.DIARSIPKAN, backward) == states
	assert not forward[kosakata.DIARSIPKAN], "the archived state is final"


def test_straight_path_takes_the_sop_standard_110_minutes(record):
	assert sum(langkah["waktu"] for langkah in record["langkah"]) == 110
	assert [langkah["no"] for langkah in record["langkah"]] == list(range(1, 11))


def test_fixtures_ship_only_the_sops_own_records(fixtures, workflow, record):
	# the roles: the seed's SOP's and its ratification's (Penetapan SOP), as both records name them
	penetapan = json.loads(hooks.PENETAPAN_FILE.read_text())
	roles = set(kosakata.ROLES) | {langkah["pelaksana"] for langkah in penetapan["langkah"]}
	assert {r["name"] for r in fixtures["role"]} == roles
	assert {s["name"] for s in fixtures["workflow_state"]} == set(states_of(record))
	# and `bench export-fixtures` writes exactly those again
	exported = {f["dt"]: f["filters"] for f in hooks.fixtures}
	assert exported["Workflow State"] == [["name", "in", states_of(record)]]
	assert exported["Role"] == [["name", "in", sorted(roles)]]
	assert exported["Workflow Action Master"] == [["name", "in", list(kosakata.ACTIONS)]]
	assert {a["name"] for a in fixtures["workflow_action_master"]} == set(kosakata.ACTIONS)
	assert {t["action"] for t in workflow["transitions"]} == set(kosakata.ACTIONS)
	for role in fixtures["role"]:
		assert role["desk_access"]


def test_workflow_is_not_a_fixture():
	"""Fixtures are re-imported on every migrate; the workflow must not be among them."""
	from conftest import APP

	assert not (APP / "fixtures" / "workflow.json").exists()
	hooks = (APP / "hooks.py").read_text()
	assert '"dt": "Workflow"' not in hooks


def _steps(*rows):
	return [
		{"no": no, "workflow_state": state, "pelaksana": role, "aksi": "Teruskan", "doc_status": "0"}
		for no, (state, role) in enumerate(rows, 1)
	]


def test_a_removed_step_keeps_its_state_while_documents_wait_in_it():
	"""Jalankan SOP after step B was removed: B stays, with a way on to C, only while documents wait."""
	old = sop_ke_workflow.workflow_spec(_steps(("A", "R1"), ("B", "R2"), ("C", "R3")), "Selesai")
	new = sop_ke_workflow.workflow_spec(_steps(("A", "R1"), ("C", "R3")), "Selesai")
	kept = sop_ke_workflow.keep_waiting(new, old, {"B"})
	assert {"state": "B", "doc_status": "0", "allow_edit": "R2"} in kept["states"]
	assert {"state": "B", "action": "Teruskan", "next_state": "C", "allowed": "R2"} in kept["transitions"]
	assert sop_ke_workflow.keep_waiting(new, old, set()) == new


def test_a_removed_state_follows_the_old_chain_past_other_removed_states():
	old = sop_ke_workflow.workflow_spec(_steps(("A", "R1"), ("B", "R2"), ("C", "R3"), ("D", "R4")), "Selesai")
	new = sop_ke_workflow.workflow_spec(_steps(("A", "R1"), ("D", "R4")), "Selesai")
	kept = sop_ke_workflow.keep_waiting(new, old, {"B"})
	assert [t for t in kept["transitions"] if t["state"] == "B"] == [
		{"state": "B", "action": "Teruskan", "next_state": "D", "allowed": "R2"}
	]
	assert "C" not in {row["state"] for row in kept["states"]}


def test_a_leaping_ya_and_a_tidak_that_goes_on():
	"""Step 2's "Ya" leaps to 4 and its "Tidak" goes on to 3; step 4's "Tidak" goes on past 5 to 6."""
	steps = [
		{"no": n, "workflow_state": f"S{n}", "pelaksana": "R", "aksi": "Maju", **extra}
		for n, extra in [
			(1, {}),
			(2, {"setuju_ke": 4}),
			(3, {}),
			(4, {"tidak_setuju_ke": 6}),
			(5, {}),
			(6, {}),
		]
	]
	spec = sop_ke_workflow.workflow_spec(steps, "Selesai")
	assert {(t["state"], t["action"], t["next_state"]) for t in spec["transitions"]} == {
		("S1", "Maju", "S2"),
		("S2", "Maju", "S4"),
		("S2", sop_ke_workflow.TIDAK_SETUJU, "S3"),
		("S3", "Maju", "S4"),
		("S4", "Maju", "S5"),
		("S4", sop_ke_workflow.TIDAK_SETUJU, "S6"),
		("S5", "Maju", "S6"),
		("S6", "Maju", "Selesai"),
	}
	assert sop_ke_workflow.aksi_tidak({"no": 5, "tidak_setuju_ke": 2}) == sop_ke_workflow.KEMBALIKAN
