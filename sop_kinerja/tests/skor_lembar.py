"""Scoring a reading of an SOP AP sheet against its label (tests/lembar_sop): what the labelled-set test
and benchmarks/impor-sop count."""

import re
from pathlib import Path

from sop_kinerja.impor.lembar import Lembar

FOLDER = Path(__file__).resolve().parents[2] / "tests" / "lembar_sop"


def _sama(a, b) -> bool:
	norm = lambda s: re.sub(r"\s+", " ", str(s or "")).strip().lower()  # noqa: E731
	return norm(a) == norm(b)


def benar(dibaca: dict, label: dict, hanya_pelaksana_waktu=False) -> int:
	"""How many of the label's steps were read fully right."""
	terbaca = {s["no"]: s for s in dibaca["langkah"]}
	n = 0
	for s in label["langkah"]:
		d = terbaca.get(s["no"])
		if not d:
			continue
		ok = _sama(d["pelaksana"], s["pelaksana"]) and d["waktu"] == s["waktu"]
		if not hanya_pelaksana_waktu:
			ok = ok and _sama(d["kegiatan"], s["kegiatan"])
			ok = ok and d["keputusan"] == s["keputusan"] and d["jika_tidak_ke"] == s["jika_tidak_ke"]
		n += ok
	return n


# the identity block's fields: the SOP's name and number, and the six lists of its JSON
IDENTITAS = ("nama_sop", "nomor_sop", *Lembar(berkas="").ke_json()["identitas"])


def identitas_benar(dibaca: dict, label: dict) -> int:
	"""How many of the identity block's eight fields (nama, nomor and the six lists) were read right."""

	def nilai(d, k):
		return d.get(k) if k in ("nama_sop", "nomor_sop") else d.get("identitas", {}).get(k)

	return sum(nilai(dibaca, k) == nilai(label, k) for k in IDENTITAS)
