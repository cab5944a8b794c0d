"""The SOP "Perbaikan Data Kinerja" in one place: its roles, steps, workflow states and actions.

Everything else in the app imports these names. The shipped Workflow
(`workflow/perbaikan_data_kinerja.json`) and the role fixtures are checked against this module
by the Frappe-free tests, so the two cannot drift apart.

Domain words kept as they are in the SOP:
- nota dinas: internal memo that asks the divisions for their performance data
- disposisi: the head's written instruction on an incoming letter
- paraf: a reviewer's initials, meaning "approved, pass it on"
- mutu baku: the SOP's quality standard for a step (inputs, standard time, output)
"""

from typing import NamedTuple

DOCTYPE = "Perbaikan Data Kinerja"
WORKFLOW = "Perbaikan Data Kinerja"

# Roles: the SOP's five swimlanes.
KEPALA_SATUAN = "Kepala Satuan"
SEKRETARIS = "Sekretaris"
KASUBBAG = "Kasubbag Renja dan Monev"
PELAKSANA = "Pelaksana"
ARSIPARIS = "Arsiparis"
ROLES = (KEPALA_SATUAN, SEKRETARIS, KASUBBAG, PELAKSANA, ARSIPARIS)

# Workflow actions, worded as the SOP words them.
PERINTAHKAN = "Perintahkan"
SAMPAIKAN = "Sampaikan"
PARAF = "Paraf"
TANDATANGANI = "Tandatangani"
KEMBALIKAN = "Kembalikan"
PERINTAHKAN_ARSIP = "Perintahkan Pengarsipan"
ARSIPKAN = "Arsipkan"
ACTIONS = (PERINTAHKAN, SAMPAIKAN, PARAF, TANDATANGANI, KEMBALIKAN, PERINTAHKAN_ARSIP, ARSIPKAN)


class Langkah(NamedTuple):
	"""One step of the SOP: who acts, what they do, and its mutu baku."""

	no: int
	state: str  # the workflow state in which the document waits for this step
	role: str
	kegiatan: str
	kelengkapan: str
	waktu: int  # standard time in minutes
	output: str
	docstatus: int = 0


LANGKAH = (
	Langkah(
		1,
		"Disposisi Kepala Satuan",
		KEPALA_SATUAN,
		"Memerintahkan Sekretaris membuat Nota Dinas permintaan data dan informasi kinerja "
		"untuk perbaikan data kinerja",
		"Surat",
		5,
		"Disposisi permintaan data kepada Perangkat Daerah",
	),
	Langkah(
		2,
		"Penyampaian Sekretaris",
		SEKRETARIS,
		"Menyampaikan perbaikan data dan informasi kinerja kepada Kasubbag Renja dan Monev",
		"Dokumen, data",
		5,
		"Bahan Informasi Perbaikan Data Kinerja",
	),
	Langkah(
		3,
		"Penerimaan Kasubbag",
		KASUBBAG,
		"Menerima dan memerintahkan Pelaksana untuk menghimpun perbaikan data kinerja",
		"Dokumen, data",
		5,
		"Bahan Informasi Perbaikan Data Kinerja",
	),
	Langkah(
		4,
		"Penyusunan Pelaksana",
		PELAKSANA,
		"Menganalisis dan mengevaluasi perbaikan data dan informasi kinerja yang sudah terkumpul, "
		"menyusun perbaikan data kinerja, lalu menyampaikannya kepada Kasubbag",
		"Dokumen, data",
		20,
		"Bahan Informasi Perbaikan Data Kinerja",
	),
	Langkah(
		5,
		"Telaah Kasubbag",
		KASUBBAG,
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju diparaf dan diserahkan kepada "
		"Sekretaris, jika tidak dikembalikan kepada Pelaksana",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
	),
	Langkah(
		6,
		"Telaah Sekretaris",
		SEKRETARIS,
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju diparaf dan diserahkan kepada "
		"Kepala Satuan, jika tidak dikembalikan kepada Kasubbag",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
	),
	Langkah(
		7,
		"Telaah Kepala Satuan",
		KEPALA_SATUAN,
		"Menelaah dan mengoreksi perbaikan data kinerja; jika setuju ditandatangani dan diserahkan "
		"kepada Sekretaris, jika tidak dikembalikan kepada Sekretaris",
		"Dokumen, data",
		20,
		"Draft Perbaikan Data Kinerja",
	),
	Langkah(
		8,
		"Ditandatangani",
		SEKRETARIS,
		"Menerima hasil perbaikan data kinerja dan memerintahkan Kasubbag untuk mengarsipkan",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja",
		docstatus=1,
	),
	Langkah(
		9,
		"Perintah Pengarsipan",
		KASUBBAG,
		"Memerintahkan Arsiparis untuk mengarsipkan perbaikan data kinerja",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja",
		docstatus=1,
	),
	Langkah(
		10,
		"Pengarsipan",
		ARSIPARIS,
		"Mengarsipkan Perbaikan Data Kinerja dalam Arsip",
		"Dokumen, data",
		5,
		"Perbaikan Data Kinerja (diarsipkan)",
		docstatus=1,
	),
)

# The state after the last step: nothing left to do, the Arsip record exists.
DIARSIPKAN = "Diarsipkan"

FIRST_STATE = LANGKAH[0].state
# signing (step 7) submits: the first state whose document is submitted
SIGNED_STATE = next(langkah.state for langkah in LANGKAH if langkah.docstatus == 1)

STATES = (*(langkah.state for langkah in LANGKAH), DIARSIPKAN)


class Transition(NamedTuple):
	state: str
	action: str
	next_state: str
	role: str


def _forward(no: int, action: str) -> Transition:
	langkah = LANGKAH[no - 1]
	next_state = LANGKAH[no].state if no < len(LANGKAH) else DIARSIPKAN
	return Transition(langkah.state, action, next_state, langkah.role)


def _send_back(no: int) -> Transition:
	"""The reviewer at step `no` sends the draft back to the step before it."""
	langkah = LANGKAH[no - 1]
	return Transition(langkah.state, KEMBALIKAN, LANGKAH[no - 2].state, langkah.role)


TRANSITIONS = (
	_forward(1, PERINTAHKAN),
	_forward(2, SAMPAIKAN),
	_forward(3, PERINTAHKAN),
	_forward(4, SAMPAIKAN),
	_forward(5, PARAF),
	_send_back(5),
	_forward(6, PARAF),
	_send_back(6),
	_forward(7, TANDATANGANI),
	_send_back(7),
	_forward(8, PERINTAHKAN_ARSIP),
	_forward(9, PERINTAHKAN_ARSIP),
	_forward(10, ARSIPKAN),
)

# What must be filled in before a step may be left. A step not listed asks for nothing more.
REQUIRED_TO_LEAVE = {
	2: ("kepada", "dari", "hal", "isi", "penandatangan"),
	4: ("koreksi",),
}


def langkah_for_state(state: str | None) -> Langkah | None:
	return next((langkah for langkah in LANGKAH if langkah.state == state), None)


def step_no(state: str | None) -> int | None:
	"""The SOP step a state belongs to; the final state counts as one past the last step."""
	if state == DIARSIPKAN:
		return len(LANGKAH) + 1
	langkah = langkah_for_state(state)
	return langkah.no if langkah else None


def is_send_back(state: str, next_state: str) -> bool:
	"""A move to an earlier step is a send-back ("dikembalikan"), whatever the action is called."""
	current, target = step_no(state), step_no(next_state)
	return bool(current and target and target < current)
