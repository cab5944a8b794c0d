"""The SOP engine: any SOP record run as a Frappe workflow, whatever DocType it governs.

- `sop_ke_workflow`: an SOP record's steps → the states and transitions of a Workflow (no Frappe);
- `bagan_alir`: the SOP AP flowchart of a record, laid out for its print (no Frappe);
- `workflow`: reading the live Workflow an admin may have edited;
- `aturan_langkah`: the step rules the server enforces on every governed DocType (who may edit, which
  moves, the send-back note), attached to all DocTypes by `hooks.doc_events`;
- `keluaran`: a step is left only with its Output recorded;
- `mutu_baku`: the step log, each step's standard time and the notices when it is passed;
- `jam_kerja`: working minutes between two moments, by the office calendar (no Frappe below its cache);
- `pelimpahan`: Plt./Plh., an official's role carried by another for a period;
- `jalankan`: Jalankan SOP, an SOP record → roles, a DocType (`doctype_sop`), permissions, a Workflow;
- `ruang_kerja`: the workspace's shortcut and number cards of each governed DocType, from its record;
- `surel`: the workflow e-mails, on when the site can send mail;
- `coba_ulang` (the retry) and `jalur_simpan` (the seam where the app saves otherwise than Frappe's
  save path, and why): under load, for the DocTypes the app governs only;
- `exceptions`: the typed errors the engine raises.

It may import Frappe, the app's DocType controllers and `sop_kinerja.kata`, and nothing of `naskah`,
`impor`, `demo` or the app's other root modules: the engine knows no particular SOP's papers.
"""
