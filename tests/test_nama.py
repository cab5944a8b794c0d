"""The naming rule of CONTRIBUTING.md, checked on every name the app's Python defines.

One word per idea: an idea of the SOP's or the civil service's world keeps its Indonesian word, and a
concept of Frappe's keeps Frappe's English name; the other language's word for either is not used.
Exceptions end in "Error". Test methods are sentences about behaviour and are not checked; the helpers
they use are.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*ROOT.glob("sop_kinerja/**/*.py"), *ROOT.glob("benchmarks/*.py")]
# a patch's module name is stored in every site's Patch Log: it keeps the name it was shipped under
KEPT = {
	ROOT / "sop_kinerja" / "patches" / f"{line.split('.')[-1]}.py"
	for line in (ROOT / "sop_kinerja" / "patches.txt").read_text().split()
	if line.startswith("sop_kinerja.patches.")
}

# word not used -> the idea's one word (CONTRIBUTING.md, "One word per idea")
NOT_USED = {
	# the SOP's and the civil service's words
	"step": "langkah",
	"steps": "langkah",
	"delegation": "pelimpahan",
	"delegations": "pelimpahan",
	"send back": "kembalikan",
	"sent back": "dikembalikan",
	"overdue": "lewat mutu baku",
	"signer": "penandatangan",
	"memo": "nota dinas",
	"sheet": "lembar",
	"sheets": "lembar",
	"archived": "diarsipkan",
	# Frappe's concepts
	"peran": "role",
	"alur": "workflow",
	"pengguna": "user",
	"pratinjau": "preview",
}


def words(name: str) -> str:
	"""A name as lower-case words: snake_case and CamelCase split."""
	spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|_+", " ", name)
	return f" {spaced.lower().strip()} "


def defined_names(path: Path):
	"""(name, kind) for the module itself and what it defines at any depth, but test methods."""
	if path not in KEPT:
		yield path.stem, "module"
	for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
		if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("test_"):
			yield node.name, "function"
		elif isinstance(node, ast.ClassDef) and not node.name.startswith("Test"):
			yield node.name, "class " + ",".join(ast.unparse(b) for b in node.bases)
	for node in ast.parse(path.read_text(encoding="utf-8")).body:
		if isinstance(node, ast.Assign):
			for target in node.targets:
				if isinstance(target, ast.Name):
					yield target.id, "constant"


def test_the_rule_reads_names_as_words():
	assert words("open_step") == " open step "
	assert words("SendBackNoteRequiredError") == " send back note required error "
	assert words("PERAN_OTOMATIS") == " peran otomatis "


def test_one_word_per_idea():
	found = []
	for path in SOURCES:
		for name, kind in defined_names(path):
			for word, instead in NOT_USED.items():
				if f" {word} " in words(name):
					found.append(f"{path.relative_to(ROOT)}: {name} ({kind}): '{word}', say '{instead}'")
	assert not found, "\n".join(found)


def test_exceptions_end_in_error():
	found = []
	for path in SOURCES:
		for name, kind in defined_names(path):
			if (
				kind.startswith("class")
				and re.search(r"Error\b|Exception\b", kind)
				and not name.endswith("Error")
			):
				found.append(f"{path.relative_to(ROOT)}: {name}")
	assert not found, "\n".join(found)
