# -*- coding: utf-8 -*-
"""Transkripsi SOP lembar-7. Data latih-7 di data_sop_latih.py; data tertahan-5 (bila ada) di data_sop_tertahan.py.
Langkah: L(kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep); kep: None | dict(tidak=n|'selesai', ya=n|None)."""
import json, os
from data_sop_latih import SOP as _A
try:
    from data_sop_tertahan import SOP as _B
except ImportError:
    _B = []
SOP = _A + _B
_p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bagian_ini.json")
BAGIAN = json.load(open(_p))
ids = {s["id"] for s in SOP}
BAGIAN = {b: [i for i in xs if i in ids] for b, xs in BAGIAN.items() if any(i in ids for i in xs)}
for s in SOP:
    s["bagian"] = [b for b, xs in BAGIAN.items() if s["id"] in xs][0]
