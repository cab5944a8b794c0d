"""Indonesian is complete: every string the app's code shows has its translation in locale/id.po.

The strings are read from the source itself (`_()` in Python and Jinja, `__()` in JavaScript), so
a new message without a translation fails here even before the .pot file is regenerated.
"""

import json
import re

from conftest import APP

CALL = re.compile(r"""(?<![\w.])__?\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*[,)]""")
# the readers (impor/) know no Frappe: their messages are English ids the caller translates
PESAN_IMPOR = re.compile(
	r"""(?:\.ragu|BerkasDitolakError|OCRTidakAdaError)\(\s*(?:"\w+",\s*)?"((?:\\.|[^"\\])*)"[\s,)]"""
)
# msgids that are Indonesian already (the SOP's own words) or carry no words at all
SAME_IN_BOTH = {
	"{0}: {1}",
	"SOP",
	"Status",
	"Kegiatan",
	"Pelaksana",
	"Unit Kerja",
	"Jenis Dokumen",
	"Status Akhir",
	"Perbaikan Data Kinerja {0}: {1}",
	"Hari Libur",
}


def po_entries(path) -> dict[str, str]:
	entries = {}
	for block in path.read_text(encoding="utf-8").split("\n\n"):
		found = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block, re.M)
		if found:
			msgid = "".join(re.findall(r'"(.*)"', found.group(1))).replace('\\"', '"')
			entries[msgid] = "".join(re.findall(r'"(.*)"', found.group(2)))
	return entries


def code_strings() -> dict[str, str]:
	strings = {}
	for path in APP.rglob("*"):
		if path.suffix not in (".py", ".js", ".html") or "tests" in path.parts or "benchmarks" in path.parts:
			continue
		for match in CALL.finditer(path.read_text(encoding="utf-8")):
			strings.setdefault(match.group(2).replace("\\'", "'"), str(path.relative_to(APP)))
		for match in PESAN_IMPOR.finditer(path.read_text(encoding="utf-8")):
			if " " in match.group(1):  # a message, not the field a flag is on
				strings.setdefault(match.group(1), str(path.relative_to(APP)))
	return strings


def doctype_labels() -> dict[str, str]:
	"""What the desk shows of the app's DocTypes: their names and their fields' labels."""
	labels = {}
	for path in sorted((APP / "sop_kinerja" / "doctype").glob("*/*.json")):
		meta = json.loads(path.read_text(encoding="utf-8"))
		if meta.get("doctype") == "DocType":
			for label in [meta["name"]] + [df.get("label") for df in meta["fields"]]:
				if label:
					labels.setdefault(label, path.name)
	return labels


def test_the_source_scan_finds_the_apps_messages():
	strings = code_strings()
	assert "Write a correction note (Catatan Perbaikan) before sending the document back." in strings
	assert "Waiting for Me" in strings  # JavaScript
	assert "No activity text was found." in strings  # a reader's message id
	assert len(strings) > 60


def test_every_message_has_its_indonesian_translation():
	translations = po_entries(APP / "locale" / "id.po")
	missing = {
		text: where
		for text, where in code_strings().items()
		if text not in SAME_IN_BOTH and not translations.get(text)
	}
	assert missing == {}


def test_every_label_has_its_indonesian_text():
	"""Labels written in Indonesian have themselves as text (msgstr = msgid); an English one, its
	translation: so an Indonesian desk shows no English label."""
	translations = po_entries(APP / "locale" / "id.po")
	assert "Field Output" in doctype_labels()
	missing = {
		label: where
		for label, where in doctype_labels().items()
		if label not in SAME_IN_BOTH and not translations.get(label)
	}
	assert not missing, missing
	assert translations["Field Output"] != "Field Output"


def test_each_message_is_translated_once():
	msgids = re.findall(r'^msgid "(.+)"$', (APP / "locale" / "id.po").read_text(encoding="utf-8"), re.M)
	assert len(msgids) == len(set(msgids)), sorted({m for m in msgids if msgids.count(m) > 1})
