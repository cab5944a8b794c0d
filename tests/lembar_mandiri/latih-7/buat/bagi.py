# -*- coding: utf-8 -*-
"""Pembagian lembar-7 ditetapkan SEBELUM render dengan acak berbenih (random.Random(20261207)): dari 5 SOP nyata 3 ke latih-7
dan 2 ke tertahan-5; dari 2 rekaan 1 ke masing-masing. Daftar lengkap (dengan nama SOP tertahan) hanya di lembar-7/bagian.json
dan di dalam arsip tertahan-5; salinan ini hanya memuat bagian latih-7 (bagian_ini.json)."""
import json, os
print(json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bagian_ini.json"))))
