"""The papers of the first SOP, "Perbaikan Data Kinerja" (Satpol PP Provinsi Kalimantan Barat).

- `kosakata`: the SOP's vocabulary that code must name (its DocType, roles, actions, a few states);
- `penomoran`: Nota Dinas numbers as tata naskah dinas writes them, per year and classification;
- `cetak`: the helpers the Jinja print formats call (dates in Indonesian, escaping, the signer);
- `pdf`: the Nota Dinas PDF, numbered from page 2;
- `verifikasi`: the public verification of a signed Nota Dinas (its QR code and record).

It may import the engine (`sop_kinerja.mesin`) and Frappe; the engine never imports it.
"""
