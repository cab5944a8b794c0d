"""Print templates parsed with plain jinja2: every field they read exists, and user text is escaped."""

import json
import re
from pathlib import Path

import jinja2
import pytest
from conftest import APP, MODULE
from jinja2 import nodes

from sop_kinerja import hooks
from sop_kinerja.naskah import kosakata

TEMPLATES = sorted(MODULE.glob("print_format/*/*.html"))
ESCAPING_HELPERS = {"teks", "teks_kaya", "tanggal_indonesia"}
# the Jinja methods hooks.py registers, by the name a template calls them
HELPERS = {method.rsplit(".", 1)[1] for method in hooks.jinja["methods"]}
# what bagan_sop returns: layout numbers and SVG drawn from them, never user text (bagan_alir.py);
# what verifikasi_naskah returns: the QR code's SVG of the page's address and token (verifikasi.py)
LAYOUT = {"bagan", "kolom", "row", "verifikasi"}
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


def doctype_of(path: Path) -> str:
	"""The DocType a print format prints (templates under includes/ serve the Nota Dinas family)."""
	meta = path.with_suffix(".json")
	return json.loads(meta.read_text())["doc_type"] if meta.exists() else kosakata.DOCTYPE


def variables(template: nodes.Template, doctype: str) -> dict[str, str]:
	"""Template-wide variables -> the DocType they stand for."""
	found = {"doc": doctype}
	for assign in template.find_all(nodes.Assign):
		if (
			isinstance(assign.node, nodes.Call)
			and getattr(assign.node.node, "name", None) == "pengaturan_sop"
		):
			found[assign.target.name] = SETTINGS
		elif isinstance(assign.node, nodes.Getattr) and (assign.node.node.name, assign.node.attr) == (
			"row",
			"step",
		):
			found[assign.target.name] = "SOP Langkah"  # a step of the SOP, from bagan_sop's rows
	return found


def macro_arguments_given_literally(template: nodes.Template) -> set[str]:
	"""Arguments of the template's own macros that every call passes as a literal string."""
	literal = set()
	for macro in template.find_all(nodes.Macro):
		calls = [c for c in template.find_all(nodes.Call) if getattr(c.node, "name", None) == macro.name]
		for i, arg in enumerate(macro.args):
			if calls and all(len(c.args) > i and isinstance(c.args[i], nodes.Const) for c in calls):
				literal.add(arg.name)
	return literal


def child_loops(template: nodes.Template, doctypes, doctype: str):
	"""(loop, loop variable, child DocType) for each `for row in doc.<table>`."""
	for loop in template.find_all(nodes.For):
		if isinstance(loop.iter, nodes.Getattr) and getattr(loop.iter.node, "name", None) == "doc":
			table = fields_of(doctypes, doctype)[loop.iter.attr]
			assert table["fieldtype"] in ("Table", "Table MultiSelect"), loop.iter.attr
			yield loop, loop.target.name, table["options"]


def field_reads(template: nodes.Template, doctypes, doctype: str):
	"""(DocType, fieldname) for every attribute read off a document in the template."""
	known = variables(template, doctype)
	for getattr_node in template.find_all(nodes.Getattr):
		owner = getattr_node.node
		if isinstance(owner, nodes.Name) and owner.name in known:
			yield known[owner.name], getattr_node.attr
		elif isinstance(owner, nodes.Call) and getattr(owner.node, "name", None) == "pengaturan_sop":
			yield SETTINGS, getattr_node.attr
	for loop, target, child in child_loops(template, doctypes, doctype):
		for getattr_node in loop.find_all(nodes.Getattr):
			if getattr(getattr_node.node, "name", None) == target:
				yield child, getattr_node.attr


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_template_reads_only_fields_that_exist(path, doctypes):
	for source in (path, *included(parse(path))):
		reads = list(field_reads(parse(source), doctypes, doctype_of(path)))
		assert reads or source != path, source.name  # an include may only call a helper
		for doctype, fieldname in reads:
			assert fieldname in fields_of(doctypes, doctype), (source.name, doctype, fieldname)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_template_calls_only_registered_helpers(path):
	hooks = (APP / "hooks.py").read_text()
	for source in (path, *included(parse(path))):
		template = parse(source)
		macros = {m.name for m in template.find_all(nodes.Macro)}
		for call in template.find_all(nodes.Call):
			if isinstance(call.node, nodes.Name) and call.node.name not in macros and call.node.name != "_":
				assert call.node.name in HELPERS, call.node.name
				assert re.search(rf"\"sop_kinerja\.naskah\.(cetak|verifikasi)\.{call.node.name}\"", hooks)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_user_text_is_printed_through_an_escaping_helper(path, doctypes):
	"""Frappe's Jinja does not autoescape: a bare {{ doc.field }} of text would print raw HTML."""
	for source in (path, *included(parse(path))):
		template = parse(source)
		known = variables(template, doctype_of(path))
		literal_arguments = macro_arguments_given_literally(template)
		macros = {m.name for m in template.find_all(nodes.Macro)}
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
				if isinstance(expr, nodes.Name) and expr.name in literal_arguments:
					continue  # a macro argument every call gives as a literal
				if isinstance(expr, nodes.Call) and getattr(expr.node, "name", None) in macros:
					continue  # the macro's own output is checked where it is written
				if _root_name(expr) in LAYOUT:
					continue
				raise AssertionError(f"{source.name}: unescaped output {expr!r}")


def _root_name(expr) -> str | None:
	while isinstance(expr, nodes.Getattr | nodes.Filter | nodes.BinExpr):
		expr = expr.left if isinstance(expr, nodes.BinExpr) else expr.node
	return expr.name if isinstance(expr, nodes.Name) else None


def test_every_print_format_has_its_json_and_html():
	folders = [p for p in (MODULE / "print_format").iterdir() if p.is_dir() and p.name != "__pycache__"]
	assert {p.name for p in folders} == {"nota_dinas", "lembar_disposisi", "sop_ap", "monitoring_sop"}
	doc_type = {"sop_ap": "SOP", "monitoring_sop": "Monitoring SOP"}

	for folder in folders:
		meta = json.loads((folder / f"{folder.name}.json").read_text())
		assert meta["standard"] == "Yes"
		assert meta["print_format_type"] == "Jinja"
		assert meta["doc_type"] == doc_type.get(folder.name, kosakata.DOCTYPE)
		assert meta["module"] == "SOP Kinerja"
		assert re.sub(r"\W", "_", meta["name"].lower()) == folder.name
		assert (folder / f"{folder.name}.html").exists()
