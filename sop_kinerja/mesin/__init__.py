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
- `jalankan`: Jalankan SOP, an SOP record → roles, a DocType, permissions, a Workflow, a workspace;
- `surel`: the workflow e-mails, on when the site can send mail;
- `coba_ulang` and `kunci`: the seam where the app departs from Frappe's save path under load, for the
  DocTypes it governs only;
- `exceptions`: the typed errors the engine raises.

It may import Frappe and the app's DocType controllers, and nothing of `naskah`, `impor`, `demo` or
the app's root modules: the engine knows no particular SOP's papers.
"""
