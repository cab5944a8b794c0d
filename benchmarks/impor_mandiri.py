"""The readers on an independent labelled set of SOP AP sheets (built apart from this code; see
tests/lembar_mandiri/README.md): each file read as `bench impor-sop --json` reads it, the JSON written
to OUT/<file>.json with the seconds taken, then scored by the set's own `nilai.py`.

	python -m benchmarks.impor_mandiri SET_FOLDER OUT_FOLDER [--nilai PATH_TO_nilai.py] [--hanya TEXT]

SET_FOLDER holds daftar.json, berkas/ and label/ (the set's latih/ or tertahan/). Needs no Frappe.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from sop_kinerja.impor import BerkasDitolakError, baca_berkas


def run(folder: Path, keluar: Path, hanya: str | None = None, jenis: str | None = None) -> list[dict]:
	keluar.mkdir(parents=True, exist_ok=True)
	waktu = []
	for item in json.loads((folder / "daftar.json").read_text()):
		if (hanya and hanya not in item["berkas"]) or (jenis and item["jenis"] not in jenis.split(",")):
			continue
		path = folder / "berkas" / item["berkas"]
		mulai = time.perf_counter()
		try:
			hasil = baca_berkas(path.name, path.read_bytes()).ke_json()
			(keluar / f"{item['berkas']}.json").write_text(json.dumps(hasil, ensure_ascii=False, indent=1))
			pesan = f"{len(hasil['langkah'])} langkah, {len(hasil['peringatan_impor'])} tanda"
		except BerkasDitolakError as error:
			(keluar / f"{item['berkas']}.json").unlink(missing_ok=True)
			pesan = f"ditolak: {error}"
		detik = time.perf_counter() - mulai
		waktu.append({"berkas": item["berkas"], "jenis": item["jenis"], "detik": round(detik, 2)})
		print(f"{item['jenis']:13} {detik:6.1f} s  {item['berkas'][:70]:70} {pesan}", flush=True)
	rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
	print(f"peak memory of this process: {rss:.0f} MB")
	return waktu


def main():
	parser = argparse.ArgumentParser()
	parser.add_argument("folder", type=Path)
	parser.add_argument("keluar", type=Path)
	parser.add_argument("--nilai", type=Path, help="the set's scorer (default: FOLDER/../nilai.py)")
	parser.add_argument("--hanya", help="only files whose name contains this")
	parser.add_argument("--jenis", help="only these kinds of file, comma-separated (pdf-teks,docx,...)")
	parser.add_argument("--rinci", action="store_true", help="list each miss (never on a held-out set)")
	args = parser.parse_args()
	waktu = run(args.folder, args.keluar, args.hanya, args.jenis)
	per_jenis = {}
	for w in waktu:
		per_jenis.setdefault(w["jenis"], []).append(w["detik"])
	for jenis, detik in sorted(per_jenis.items()):
		print(
			f"{jenis:13} {len(detik):3} files, median {sorted(detik)[len(detik) // 2]:.1f} s, max {max(detik):.1f} s"
		)
	nilai = args.nilai or args.folder.parent / "nilai.py"
	perintah = [sys.executable, str(nilai), str(args.folder), str(args.keluar)] + (
		["--rinci"] if args.rinci else []
	)
	subprocess.run(perintah, check=False)


if __name__ == "__main__":
	main()
