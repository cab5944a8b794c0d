"""The house's rules (CONTRIBUTING.md, "Where things go"), read from the code's own imports."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "sop_kinerja"

# folder -> the app's packages and modules it must not import
TIDAK_BOLEH = {
	"mesin": ("sop_kinerja.naskah", "sop_kinerja.impor", "sop_kinerja.impor_sop", "sop_kinerja.demo"),
	"naskah": ("sop_kinerja.impor", "sop_kinerja.impor_sop", "sop_kinerja.demo"),
}


def imports(path: Path) -> set[str]:
	"""Every module a file imports, at any depth (a function's lazy import too)."""
	found = set()
	for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
		if isinstance(node, ast.Import):
			found |= {alias.name for alias in node.names}
		elif isinstance(node, ast.ImportFrom) and node.module:
			found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
	return found


def test_the_engine_knows_no_papers_and_the_papers_no_readers():
	found = []
	for folder, forbidden in TIDAK_BOLEH.items():
		for path in (APP / folder).rglob("*.py"):
			found += [
				f"{path.relative_to(ROOT)} imports {m}" for m in imports(path) if m.startswith(forbidden)
			]
	assert not found, "\n".join(found)


def test_the_readers_know_no_frappe_and_nothing_of_the_app_but_its_words():
	found = []
	for path in (APP / "impor").rglob("*.py"):
		for module in imports(path):
			if module.split(".")[0] == "frappe" or (
				module.startswith("sop_kinerja")
				and not module.startswith(("sop_kinerja.impor", "sop_kinerja.kata"))
			):
				found.append(f"{path.relative_to(ROOT)} imports {module}")
	assert not found, "\n".join(found)


def test_every_folder_says_what_it_is_for_and_what_it_may_import():
	for folder in ("mesin", "naskah", "impor", "demo"):
		doc = ast.get_docstring(ast.parse((APP / folder / "__init__.py").read_text(encoding="utf-8")))
		assert doc and "import" in doc, folder


def test_no_module_outgrows_what_a_reader_holds_in_mind():
	"""About 400 lines at most: a module past that is split by what each part is (data files aside)."""
	besar = [
		f"{path.relative_to(ROOT)}: {n} lines"
		for path in [*APP.rglob("*.py"), *ROOT.glob("benchmarks/*.py")]
		if "tests" not in path.relative_to(ROOT).parts[1:] and not path.name.startswith("test_")
		if (n := len(path.read_text(encoding="utf-8").splitlines())) > 420
	]
	assert not besar, "\n".join(besar)
