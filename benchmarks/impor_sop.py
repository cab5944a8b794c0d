"""How well and how fast the readers read the labelled set of SOP AP sheets (tests/lembar_sop).

	python -m benchmarks.impor_sop [FOLDER]   (from the checkout, or benchmarks/impor-sop)

For each sheet in daftar.json it reads the file, compares the steps with the sheet's label, and
prints per kind of file the share of steps fully right (kegiatan, actor, waktu, and decision with
its target), and the time taken per file and per page. The seed's OCR text is scored on actor and
waktu. Needs no Frappe: it runs the readers as the desk and the command line do.
"""

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from sop_kinerja.impor import BerkasDitolakError, baca_berkas
from sop_kinerja.tests.skor_lembar import FOLDER, benar, identitas_benar


def halaman(path: Path) -> int:
	if path.suffix == ".pdf":
		import pdfplumber

		with pdfplumber.open(path) as pdf:
			return len(pdf.pages)
	return 1


def run(folder: Path = FOLDER):
	daftar = json.loads((folder / "daftar.json").read_text())
	# the app's own SOP AP prints (buat_cetakan below), and the seed's own OCR text
	if (folder / "aplikasi" / "daftar.json").exists():
		for item in json.loads((folder / "aplikasi" / "daftar.json").read_text()):
			daftar.append(
				{**item, "berkas": f"aplikasi/{item['berkas']}", "label": f"aplikasi/{item['label']}"}
			)
	daftar.append({"berkas": "seed-ocr.txt", "jenis": "teks", "label": "label/seed.json"})
	jumlah = defaultdict(lambda: [0, 0])
	print(f"{'file':50} {'kind':9} {'pages':>5} {'steps':>7} {'identity':>8} {'seconds':>8}  flags")
	for item in daftar:
		path = folder / item["berkas"]
		label = json.loads((folder / item["label"]).read_text())
		mulai = time.perf_counter()
		try:
			dibaca = baca_berkas(path.name, path.read_bytes()).ke_json()
		except BerkasDitolakError as e:
			dibaca = {"langkah": [], "peringatan_impor": [str(e)]}
		detik = time.perf_counter() - mulai
		n = benar(dibaca, label, hanya_pelaksana_waktu=item["jenis"] == "teks")
		jenis = "pdf-teks" if item["jenis"] == "pdf-teks" else item["jenis"]
		jumlah[jenis][0] += n
		jumlah[jenis][1] += len(label["langkah"])
		print(
			f"{item['berkas']:50} {jenis:9} {halaman(path):>5} {n:>3}/{len(label['langkah']):<3} "
			f"{identitas_benar(dibaca, label):>6}/8 {detik:>8.2f}  {len(dibaca['peringatan_impor'])}"
		)
	print()
	for jenis, (n, total) in jumlah.items():
		what = "actor and waktu right" if jenis == "teks" else "steps fully right"
		print(f"{jenis:9} {n}/{total} {what} ({100 * n / max(total, 1):.1f}%)")


if __name__ == "__main__":
	run(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)


def buat_cetakan(folder: str | None = None):
	"""The app's own SOP AP prints for the labelled set, made on a site (tests/lembar_sop/aplikasi):

	PYTHONPATH=CHECKOUT bench --site SITE execute benchmarks.impor_sop.buat_cetakan

	The shipped SOP as printed, and a draft imported from another sheet of the set as printed, each
	labelled from its record; and a scan of the first, made as the set's scans are (200 dpi, grey).
	"""
	import io

	import frappe
	from PIL import Image, ImageFilter

	from sop_kinerja import impor_sop

	keluar = Path(folder) if folder else FOLDER / "aplikasi"
	keluar.mkdir(parents=True, exist_ok=True)
	daftar = []
	sumber = FOLDER / "pengaduan-masyarakat.pdf"
	frappe.set_user("Administrator")
	nama_draf = impor_sop.buat_draf(impor_sop.baca(sumber.name, sumber.read_bytes()))
	for nama, berkas in (
		("SOP Perbaikan Data Kinerja", "sop-ap-perbaikan-data-kinerja.pdf"),
		(nama_draf, "sop-ap-pengaduan-masyarakat.pdf"),
	):
		doc = frappe.get_doc("SOP", nama)
		pdf = frappe.get_print("SOP", nama, print_format="SOP AP", as_pdf=True)
		(keluar / berkas).write_bytes(pdf)
		label = berkas.replace(".pdf", ".json")
		(keluar / label).write_text(
			json.dumps(_label_rekaman(doc, berkas), ensure_ascii=False, indent=1) + "\n"
		)
		daftar.append(
			{"berkas": berkas, "jenis": "pdf-teks", "label": label, "catatan": f"cetakan SOP AP: {nama}"}
		)
		if berkas.startswith("sop-ap-perbaikan"):
			import pdfplumber

			with pdfplumber.open(io.BytesIO(pdf)) as buka:
				halaman = [p.to_image(resolution=200).original.convert("L") for p in buka.pages]
			halaman = [
				h.rotate(0.3, fillcolor=255, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
				for h in halaman
			]
			pindaian = berkas.replace(".pdf", "-pindaian.pdf")
			halaman[0].save(keluar / pindaian, save_all=True, append_images=halaman[1:], resolution=200)
			daftar.append(
				{"berkas": pindaian, "jenis": "pindaian", "label": label, "catatan": "pindaian cetakan"}
			)
	frappe.delete_doc("SOP", nama_draf, force=True)  # the draft was only needed for its print
	frappe.db.commit()
	(keluar / "daftar.json").write_text(json.dumps(daftar, ensure_ascii=False, indent=1) + "\n")
	return [d["berkas"] for d in daftar]


def _label_rekaman(doc, berkas: str) -> dict:
	from sop_kinerja.mesin.bagan_alir import lajur, lanes_of

	return {
		"berkas": berkas,
		"nama_sop": doc.nama_sop,
		"nomor_sop": doc.nomor_sop,
		"pelaksana": lanes_of(doc.langkah),
		"langkah": [
			{
				"no": s.no,
				"kegiatan": s.kegiatan,
				"pelaksana": lajur(s),
				"kelengkapan": s.kelengkapan,
				"waktu": s.waktu,
				"waktu_teks": f"{s.waktu} menit" if s.waktu else None,
				"output": s.output,
				"keterangan": s.keterangan,
				"keputusan": bool(s.tidak_setuju_ke),
				"jika_tidak_ke": s.tidak_setuju_ke or None,
			}
			for s in doc.langkah
		],
		"identitas": {
			"dasar_hukum": [r.uraian for r in doc.dasar_hukum],
			"kualifikasi_pelaksana": [r.uraian for r in doc.kualifikasi_pelaksana],
			"keterkaitan": [r.nama_sop for r in doc.keterkaitan],
			"peralatan": [r.uraian for r in doc.peralatan],
			"peringatan": doc.peringatan,
			"pencatatan": [r.uraian for r in doc.pencatatan],
		},
		"peringatan_impor": [],
	}
