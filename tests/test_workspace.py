"""The workspace, its number cards and charts, and the report: what the JSON ships, without Frappe."""

import json

from conftest import MODULE

from sop_kinerja.naskah import kosakata


def load_all(folder: str) -> dict[str, dict]:
	return {d["name"]: d for d in (json.loads(p.read_text()) for p in (MODULE / folder).glob("*/*.json"))}


def test_no_card_copies_the_sops_steps_and_one_overdue_card(record):
	"""The cards per step and of documents under way are made from the SOP record on the site
	(mesin/ruang_kerja.py): no shipped file names a step's workflow state."""
	cards = load_all("number_card")
	states = {langkah["workflow_state"] for langkah in record["langkah"]} | {record["status_akhir"]}
	for card in cards.values():
		assert not any(state in card.get("filters_json", "") for state in states), card["name"]
	overdue = cards["Lewat Mutu Baku"]
	assert overdue["method"] == "sop_kinerja.mesin.mutu_baku.kartu_lewat_mutu_baku"
	# Frappe lists a card to a user who is not System Manager only if they may read its DocType
	assert overdue["document_type"] == "Log Langkah SOP"
	assert all(c["is_standard"] and c["module"] == "SOP Kinerja" for c in cards.values())


def test_the_workspace_shows_every_card_and_chart_it_lists():
	(workspace,) = load_all("workspace").values()
	blocks = json.loads(workspace["content"])
	shown_cards = {b["data"]["number_card_name"] for b in blocks if b["type"] == "number_card"}
	shown_charts = {b["data"]["chart_name"] for b in blocks if b["type"] == "chart"}
	assert (
		shown_cards
		== {row["number_card_name"] for row in workspace["number_cards"]}
		== set(load_all("number_card"))
	)
	assert (
		shown_charts == {row["chart_name"] for row in workspace["charts"]} == set(load_all("dashboard_chart"))
	)


def test_the_report_is_for_the_reviewers_and_the_admin():
	(report,) = load_all("report").values()
	assert report["report_type"] == "Script Report"
	assert {r["role"] for r in report["roles"]} == {
		"System Manager",
		kosakata.KEPALA_SATUAN,
		kosakata.SEKRETARIS,
		kosakata.KASUBBAG,
	}
