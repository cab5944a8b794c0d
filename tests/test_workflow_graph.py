"""The shipped Workflow against the SOP: states, roles, transitions, docstatus rules, reachability."""

from collections import defaultdict

from sop_kinerja import sop


def transitions_of(workflow):
	return {(t["state"], t["action"], t["next_state"], t["allowed"]) for t in workflow["transitions"]}


def test_workflow_matches_the_sop_vocabulary(workflow):
	assert workflow["document_type"] == sop.DOCTYPE
	assert workflow["workflow_state_field"] == "workflow_state"
	assert workflow["is_active"]
	assert [s["state"] for s in workflow["states"]] == list(sop.STATES)
	assert transitions_of(workflow) == set(sop.TRANSITIONS)


def test_every_sop_step_has_its_state_edited_by_its_actor(workflow):
	states = {s["state"]: s for s in workflow["states"]}
	for langkah in sop.LANGKAH:
		state = states[langkah.state]
		assert state["allow_edit"] == langkah.role
		assert state["doc_status"] == str(langkah.docstatus)
	assert states[sop.DIARSIPKAN]["doc_status"] == "1"


def test_each_transition_is_allowed_to_the_actor_of_its_step_only(workflow):
	actor = {langkah.state: langkah.role for langkah in sop.LANGKAH}
	for t in workflow["transitions"]:
		assert t["allowed"] == actor[t["state"]], t


def test_three_send_back_loops_stay_among_drafts(workflow):
	docstatus = {s["state"]: s["doc_status"] for s in workflow["states"]}
	loops = {
		(sop.step_no(t["state"]), sop.step_no(t["next_state"]))
		for t in workflow["transitions"]
		if sop.is_send_back(t["state"], t["next_state"])
	}
	assert loops == {(5, 4), (6, 5), (7, 6)}
	for t in workflow["transitions"]:
		if sop.is_send_back(t["state"], t["next_state"]):
			assert t["action"] == sop.KEMBALIKAN
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
	assert [(t["action"], t["allowed"]) for t in signing] == [(sop.TANDATANGANI, sop.KEPALA_SATUAN)]


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
	assert closure(sop.DIARSIPKAN, backward) == states
	assert not forward[sop.DIARSIPKAN], "the archived state is final"


def test_straight_path_takes_the_sop_standard_110_minutes():
	assert sum(langkah.waktu for langkah in sop.LANGKAH) == 110
	assert [langkah.no for langkah in sop.LANGKAH] == list(range(1, 11))


def test_fixtures_ship_only_the_sops_own_records(fixtures, workflow):
	assert {r["name"] for r in fixtures["role"]} == set(sop.ROLES)
	assert {s["name"] for s in fixtures["workflow_state"]} == set(sop.STATES)
	assert {a["name"] for a in fixtures["workflow_action_master"]} == set(sop.ACTIONS)
	assert {t["action"] for t in workflow["transitions"]} == set(sop.ACTIONS)
	for role in fixtures["role"]:
		assert role["desk_access"]


def test_workflow_is_not_a_fixture():
	"""Fixtures are re-imported on every migrate; the workflow must not be among them."""
	from conftest import APP

	assert not (APP / "fixtures" / "workflow.json").exists()
	hooks = (APP / "hooks.py").read_text()
	assert '"dt": "Workflow"' not in hooks
