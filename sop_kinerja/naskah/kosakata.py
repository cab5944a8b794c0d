"""The vocabulary of the SOP "Perbaikan Data Kinerja": the names code must say, and nothing more.

The SOP itself, its steps in order with who acts, what they do, the standard time, the output and
where a "tidak setuju" sends the draft back, is the SOP record: shipped as `SOP_FILE`, installed by
`install.py`, then the admin's. Code reads the steps from the record (`mutu_baku` on a site, the
shipped file without one), never from here. This module holds the names of the roles, the actions
and the few workflow states that code must call by name, and everything else imports them.

Domain words kept as they are in the SOP:
- nota dinas: internal memo that asks the divisions for their performance data
- disposisi: the head's written instruction on an incoming letter
- paraf: a reviewer's initials, meaning "approved, pass it on"
- mutu baku: the SOP's quality standard for a step (inputs, standard time, output)
"""

from pathlib import Path

from sop_kinerja.mesin.sop_ke_workflow import KEMBALIKAN

DOCTYPE = "Perbaikan Data Kinerja"
WORKFLOW = "Perbaikan Data Kinerja"

# The SOP record as the app ships it, for readers without a site (hooks, the load-test client, tests).
SOP_FILE = Path(__file__).resolve().parents[1] / "data" / "sop_perbaikan_data_kinerja.json"

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
PERINTAHKAN_ARSIP = "Perintahkan Pengarsipan"
ARSIPKAN = "Arsipkan"
ACTIONS = (PERINTAHKAN, SAMPAIKAN, PARAF, TANDATANGANI, KEMBALIKAN, PERINTAHKAN_ARSIP, ARSIPKAN)

# The workflow states code must name. Which step each one is, and what comes before or after it, is
# the record's to say.
DISPOSISI_KEPALA_SATUAN = "Disposisi Kepala Satuan"  # a new document waits here for the disposisi
PENYAMPAIAN_SEKRETARIS = "Penyampaian Sekretaris"  # the Sekretaris writes the Nota Dinas
PENYUSUNAN_PELAKSANA = "Penyusunan Pelaksana"  # the Pelaksana records the corrections
DITANDATANGANI = "Ditandatangani"  # the Kepala Satuan's signature submits the document into this state
DIARSIPKAN = "Diarsipkan"  # after the last step: nothing left to do, the Arsip record exists
