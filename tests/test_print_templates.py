"""Print templates parsed with plain jinja2: every field they read exists, and user text is escaped."""

import re
from pathlib import Path

import jinja2
import pytest
from conftest import APP, MODULE
from jinja2 import nodes

from sop_kinerja import sop

TEMPLATES = sorted(MODULE.glob("print_format/*/*.html"))
ESCAPING_HELPERS = {"teks", "teks_kaya", "tanggal_indonesia"}
HELPERS = {*ESCAPING_HELPERS, "pengaturan_sop"}
SETTINGS = "Pengaturan SOP Kinerja"
NUMERIC = {"Int", "Float", "Check", "Currency", "Percent"}


def parse(path: Path) -> nodes.Template:
	return jinja2.Environment().parse(path.read_text(encoding="utf-8"))


def included(template: nodes.Template) -> list[Path]:
	paths = []
	for include in template.find_all(nodes.Include):
		name = include.template.value
		assert name.startswith("sop_kinerja/"), name
		paths.append(APP / name.removeprefix("sop_kinerja/"))
	return paths


def fields_of(doctypes, doctype) -> dict[str, dict]:
	return {f["fieldname"]: f for f in doctypes[doctype]["fields"]} | {"name": {"fieldtype": "Data"}}


def variables(template: nodes.Template) -> dict[str, str]:
	"""Template-wide variables -> the DocType they stand for."""
	found = {"doc": sop.DOCTYPE}
	for assign in template.find_all(nodes.Assign):
		if (
			isinstance(assign.node, nodes.Call)
			and getattr(assign.node.node, "name", None) == "pengaturan_sop"
		):
			found[assign.target.name] = SETTINGS
	return found


def child_loops(template: nodes.Template, doctypes):
	"""(loop, loop variable, child DocType) for each `for row in doc.<table>`."""
	for loop in template.find_all(nodes.For):
		if isinstance(loop.iter, nodes.Getattr) and getattr(loop.iter.node, "name", None) == "doc":
			table = fields_of(doctypes, sop.DOCTYPE)[loop.iter.attr]
			assert table["fieldtype"] in ("Table", "Table MultiSelect"), loop.iter.attr
			yield loop, loop.target.name, table["options"]


def field_reads(template: nodes.Template, doctypes):
	"""(DocType, fieldname) for every attribute read off a document in the template."""
	known = variables(template)
	for getattr_node in template.find_all(nodes.Getattr):
		owner = getattr_node.node
		if isinstance(owner, nodes.Name) and owner.name in known:
			yield known[owner.name], getattr_node.attr
		elif isinstance(owner, nodes.Call) and getattr(owner.node, "name", None) == "pengaturan_sop":
			yield SETTINGS, getattr_node.attr
	for loop, target, child in child_loops(template, doctypes):
		for getattr_node in loop.find_all(nodes.Getattr):
			if getattr(getattr_node.node, "name", None) == target:
				yield child, getattr_node.attr


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_template_reads_only_fields_that_exist(path, doctypes):
	for source in (path, *included(parse(path))):
		reads = list(field_reads(parse(source), doctypes))
		assert reads, source.name
		for doctype, fieldname in reads:
			assert fieldname in fields_of(doctypes, doctype), (source.name, doctype, fieldname)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_template_calls_only_registered_helpers(path):
	hooks = (APP / "hooks.py").read_text()
	for source in (path, *included(parse(path))):
		for call in parse(source).find_all(nodes.Call):
			if isinstance(call.node, nodes.Name):
				assert call.node.name in HELPERS, call.node.name
				assert f"sop_kinerja.jinja.{call.node.name}" in hooks


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_user_text_is_printed_through_an_escaping_helper(path, doctypes):
	"""Frappe's Jinja does not autoescape: a bare {{ doc.field }} of text would print raw HTML."""
	for source in (path, *included(parse(path))):
		template = parse(source)
		known = variables(template)
		for output in template.find_all(nodes.Output):
			for expr in output.nodes:
				if isinstance(expr, nodes.TemplateData):
					continue
				if isinstance(expr, nodes.Call) and getattr(expr.node, "name", None) in ESCAPING_HELPERS:
					continue
				if isinstance(expr, nodes.Name) and expr.name in ("letter_head",):
					continue  # the admin's own Letter Head HTML
				if isinstance(expr, nodes.Getattr) and getattr(expr.node, "name", None) in known:
					field = fields_of(doctypes, known[expr.node.name])[expr.attr]
					assert field["fieldtype"] in NUMERIC, (source.name, expr.attr)
					continue
				if isinstance(expr, nodes.Getattr) and getattr(expr.node, "name", None) == "loop":
					continue
				if isinstance(expr, nodes.Name) and expr.name == "sifat":
					continue  # a literal from the template's own list
				raise AssertionError(f"{source.name}: unescaped output {expr!r}")


def test_every_print_format_has_its_json_and_html():
	folders = [p for p in (MODULE / "print_format").iterdir() if p.is_dir() and p.name != "__pycache__"]
	assert {p.name for p in folders} == {"nota_dinas", "lembar_disposisi"}
	import json

	for folder in folders:
		meta = json.loads((folder / f"{folder.name}.json").read_text())
		assert meta["standard"] == "Yes"
		assert meta["print_format_type"] == "Jinja"
		assert meta["doc_type"] == sop.DOCTYPE
		assert meta["module"] == "SOP Kinerja"
		assert re.sub(r"\W", "_", meta["name"].lower()) == folder.name
		assert (folder / f"{folder.name}.html").exists()
