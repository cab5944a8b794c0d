"""From an SOP's steps to a Workflow, and back: plain functions with no Frappe in them.

The SOP record's steps (SOP Langkah rows, or plain dicts with the same keys) say who acts at each
step, which workflow state the document waits in, the action that finishes the step and, for a
decision step, where "tidak setuju" sends it. `workflow_spec` turns that into the states and
transitions of a Workflow. A decision's "Ya" goes on to the next step, or to the step its
`setuju_ke` names further on; its "tidak setuju" goes to `tidak_setuju_ke`, back (Kembalikan) or on.
`changes` and `mismatches` compare an SOP with a Workflow. The desk's
"Buat Workflow" and "Periksa Workflow" buttons use them, and so do the Frappe-free tests, which
prove that the shipped SOP record generates exactly the shipped workflow.
"""

from typing import NamedTuple

# The action that sends a document back from a decision step ("tidak setuju"), in every SOP's workflow.
KEMBALIKAN = "Kembalikan"
# The action of a decision's "tidak setuju" that goes forward: past the next step, or to it when "Ya" leaps.
TIDAK_SETUJU = "Tidak Setuju"


def nilai(row, key):
	return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def ordered(steps) -> list:
	return sorted(steps, key=lambda row: int(nilai(row, "no") or 0))


def aksi_tidak(row) -> str:
	"""A decision's "tidak setuju" action when the SOP names none: back is Kembalikan."""
	no, target = int(nilai(row, "no") or 0), int(nilai(row, "tidak_setuju_ke") or 0)
	return KEMBALIKAN if target and target < no else TIDAK_SETUJU


def workflow_spec(steps, status_akhir: str) -> dict:
	"""The states and transitions a Workflow needs to run these steps, in order.

	Each step's state is edited by its pelaksana and left by its action to the next step's state
	(the last step to `status_akhir`); a decision step also has its "tidak setuju" action back to
	the step it names (or, when its "Ya" leaps past the next step and "Tidak" names none, on to the
	next step). The final state keeps the last step's document status.
	"""
	steps = ordered(steps)
	by_no = {int(nilai(row, "no")): row for row in steps}
	states = [
		{
			"state": nilai(row, "workflow_state"),
			"doc_status": str(nilai(row, "doc_status") or 0),
			"allow_edit": nilai(row, "pelaksana"),
		}
		for row in steps
	]
	if steps:
		last = steps[-1]
		states.append(
			{
				"state": status_akhir,
				"doc_status": str(nilai(last, "doc_status") or 0),
				"allow_edit": nilai(last, "pelaksana"),
			}
		)
	transitions = []
	for i, row in enumerate(steps):
		state, actor = nilai(row, "workflow_state"), nilai(row, "pelaksana")
		next_state = nilai(steps[i + 1], "workflow_state") if i + 1 < len(steps) else status_akhir
		if jump := nilai(row, "setuju_ke"):  # "Ya" leaps past the next step
			yes_state = nilai(by_no[int(jump)], "workflow_state")
		else:
			yes_state = next_state
		transitions.append(
			{"state": state, "action": nilai(row, "aksi"), "next_state": yes_state, "allowed": actor}
		)
		if no := nilai(row, "tidak_setuju_ke"):
			transitions.append(
				{
					"state": state,
					"action": nilai(row, "aksi_tidak_setuju") or aksi_tidak(row),
					"next_state": nilai(by_no[int(no)], "workflow_state"),
					"allowed": actor,
				}
			)
		elif jump:  # "Ya" leaps, so "Tidak" is the way on to the next step
			transitions.append(
				{
					"state": state,
					"action": nilai(row, "aksi_tidak_setuju") or TIDAK_SETUJU,
					"next_state": next_state,
					"allowed": actor,
				}
			)
	return {"states": states, "transitions": transitions}


def keep_waiting(spec: dict, workflow, waiting: set[str]) -> dict:
	"""`spec`, with the states of `workflow` that it drops but that documents still wait in (a step
	removed from the SOP while documents were at it). Such a state stays, with the transitions that
	left it and lead to states still there; a forward move that led to a dropped state follows the old
	chain on to the first state still there. Once no document waits in it, the next run drops it."""
	kept = {row["state"] for row in spec["states"]}
	old_states = {nilai(row, "state"): row for row in (nilai(workflow, "states") or [])} if workflow else {}
	old_transitions = (nilai(workflow, "transitions") or []) if workflow else []
	order = list(old_states)
	spec = {"states": list(spec["states"]), "transitions": list(spec["transitions"])}

	def onward(state, seen=()):
		"""The first state still kept along the old forward moves from `state`."""
		for t in old_transitions:
			target = nilai(t, "next_state")
			if nilai(t, "state") != state or target in seen or order.index(target) < order.index(state):
				continue
			if target in kept:
				return target
			if found := onward(target, (*seen, target)):
				return found
		return None

	for state in [s for s in order if s not in kept and s in waiting]:
		spec["states"].append(
			{**{k: nilai(old_states[state], k) for k in ("doc_status", "allow_edit")}, "state": state}
		)
		for t in old_transitions:
			if nilai(t, "state") != state:
				continue
			target = nilai(t, "next_state")
			if target not in kept and order.index(target) > order.index(state):
				target = onward(target, (target,))
			if target in kept:
				row = {k: nilai(t, k) for k in ("state", "action", "allowed")}
				spec["transitions"].append({**row, "next_state": target})
	return spec


def transition_key(row) -> tuple:
	return tuple(nilai(row, key) for key in ("state", "action", "next_state", "allowed"))


class Change(NamedTuple):
	"""One difference between a generated spec and a Workflow: what is added, removed or changed."""

	kind: str  # "add_state", "remove_state", "change_state", "add_transition", "remove_transition"
	subject: str
	detail: str = ""


def changes(spec: dict, workflow) -> list[Change]:
	"""What saving `spec` over `workflow` (a Workflow doc or dict, or None) would change."""
	old_states = {nilai(row, "state"): row for row in (nilai(workflow, "states") or [])} if workflow else {}
	new_states = {row["state"]: row for row in spec["states"]}
	found = []
	for state, row in new_states.items():
		old = old_states.get(state)
		if not old:
			found.append(Change("add_state", state, _state_detail(row)))
		elif _state_detail(old) != _state_detail(row):
			found.append(Change("change_state", state, f"{_state_detail(old)} → {_state_detail(row)}"))
	found += [Change("remove_state", state) for state in old_states if state not in new_states]

	old_transitions = (
		[transition_key(row) for row in (nilai(workflow, "transitions") or [])] if workflow else []
	)
	new_transitions = [transition_key(row) for row in spec["transitions"]]
	found += [Change("add_transition", _arrow(key)) for key in new_transitions if key not in old_transitions]
	found += [
		Change("remove_transition", _arrow(key)) for key in old_transitions if key not in new_transitions
	]
	return found


def _state_detail(row) -> str:
	return f"{nilai(row, 'allow_edit')}, docstatus {nilai(row, 'doc_status') or 0}"


def _arrow(key: tuple) -> str:
	state, action, next_state, allowed = key
	return f"{state} -[{action}]-> {next_state} ({allowed})"


class Mismatch(NamedTuple):
	kind: str  # "step_without_state", "state_without_step", "role_differs"
	step: int | None
	state: str | None
	sop_role: str | None = None
	workflow_role: str | None = None


def mismatches(steps, status_akhir: str | None, workflow) -> list[Mismatch]:
	"""Where an SOP and a Workflow disagree: a step with no state, a state with no step, a role that
	differs (the state's editing role, or a role allowed to leave the state, that is not the step's
	pelaksana)."""
	states = {nilai(row, "state"): row for row in (nilai(workflow, "states") or [])}
	transitions = nilai(workflow, "transitions") or []
	found = []
	step_states = set()
	for row in ordered(steps):
		no, state, role = int(nilai(row, "no")), nilai(row, "workflow_state"), nilai(row, "pelaksana")
		step_states.add(state)
		if not state or state not in states:
			found.append(Mismatch("step_without_state", no, state, role))
			continue
		roles = {nilai(states[state], "allow_edit")}
		roles |= {nilai(t, "allowed") for t in transitions if nilai(t, "state") == state}
		roles.discard(None)
		found += [Mismatch("role_differs", no, state, role, other) for other in sorted(roles - {role})]
	found += [
		Mismatch("state_without_step", None, state)
		for state in states
		if state not in step_states and state != status_akhir
	]
	return found
