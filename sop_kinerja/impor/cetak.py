"""A DOCX or XLSX printed to PDF by LibreOffice, where the machine has it (Debian's
`libreoffice-writer-nogui` and `libreoffice-calc-nogui`).

The grid readers (`office`, `word`) read a sheet's cells exactly, but not a flowchart that is a picture
pasted over the actor columns, nor shapes floating where no cell holds them, nor the lines between
them. Printed, the sheet is read as any text PDF: its picture as a scan's chart, its shapes and lines as
drawn. Each print runs in its own LibreOffice profile, so that two imports at once do not share one,
and is stopped after `BATAS_DETIK`. No Frappe in here.
"""

import os
import shutil
import signal
import subprocess
import tempfile

BATAS_DETIK = 60


def tersedia() -> str | None:
	"""LibreOffice's program, if it is installed."""
	return shutil.which("soffice") or shutil.which("libreoffice")


def ke_pdf(isi: bytes, jenis: str) -> bytes | None:
	"""The file (`jenis` "docx" or "xlsx") printed to PDF, or None where it cannot be."""
	program = tersedia()
	if not program:
		return None
	with tempfile.TemporaryDirectory(prefix="sop-kinerja-cetak-") as tmp:
		masuk = os.path.join(tmp, f"lembar.{jenis}")
		with open(masuk, "wb") as f:
			f.write(isi)
		perintah = [
			program,
			f"-env:UserInstallation=file://{tmp}/profil",
			"--headless",
			"--norestore",
			"--convert-to",
			"pdf",
			"--outdir",
			tmp,
			masuk,
		]
		proses = subprocess.Popen(
			perintah,
			stdout=subprocess.DEVNULL,
			stderr=subprocess.DEVNULL,
			env={**os.environ, "HOME": tmp},
			start_new_session=True,  # stopped with the helpers it starts
		)
		try:
			proses.wait(timeout=BATAS_DETIK)
		except subprocess.TimeoutExpired:
			os.killpg(proses.pid, signal.SIGKILL)
			proses.wait()
			return None
		keluar = os.path.join(tmp, "lembar.pdf")
		if proses.returncode != 0 or not os.path.exists(keluar):
			return None
		with open(keluar, "rb") as f:
			return f.read()
