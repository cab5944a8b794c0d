"""A DOCX or XLSX printed to PDF by LibreOffice, where the machine has it (Debian's
`libreoffice-writer-nogui` and `libreoffice-calc-nogui`).

The grid readers (`office`, `word`) read a sheet's cells exactly, but not a flowchart that is a picture
pasted over the actor columns, nor shapes floating where no cell holds them, nor the lines between
them. Printed, the sheet is read as any text PDF: its picture as a scan's chart, its shapes and lines as
drawn. Each print runs in its own LibreOffice profile, so that two imports at once do not share one,
and is stopped after `BATAS_DETIK`. No Frappe in here.
"""

import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile

BATAS_DETIK = 60


def tersedia() -> str | None:
	"""LibreOffice's program, if it is installed."""
	return shutil.which("soffice") or shutil.which("libreoffice")


def ke_pdf(isi: bytes, jenis: str) -> bytes | None:
	"""The file (`jenis` "docx" or "xlsx") printed to PDF, or None where it cannot be, or should not be:
	a file with macros, or one that links pictures or objects from elsewhere (LibreOffice would fetch
	them from the server), is left to the cells' reading."""
	program = tersedia()
	if not program or not _tertutup(isi):
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


def _tertutup(isi: bytes) -> bool:
	"""Whether the file holds everything it shows: no macros, and no relationship outside it but
	hyperlinks (which LibreOffice does not follow when it prints)."""
	with zipfile.ZipFile(io.BytesIO(isi)) as z:
		for nama in z.namelist():
			if nama.lower().endswith("vbaproject.bin"):
				return False
			if nama.endswith(".rels"):
				for rel in re.findall(rb"<Relationship\b[^>]*>", z.read(nama)):
					if b'TargetMode="External"' in rel and b"/hyperlink" not in rel:
						return False
	return True
