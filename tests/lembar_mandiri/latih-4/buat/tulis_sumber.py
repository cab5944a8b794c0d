# -*- coding: utf-8 -*-
"""Tulis sumber.json untuk latih-4 (dan tertahan-2-set/sumber.json bila data tertahan ada)."""
import json, os, data_sop, buat_semua
KET = {"status": {"nyata-sebagian": "lembar SOP AP nyata, kutipan sumber terpotong; hanya bagian yang lengkap yang dipakai",
                  "nyata-prosedur": "prosedur nyata dari halaman standar pelayanan/layanan instansi (bukan lembar SOP AP); ditata ke format SOP AP",
                  "rekaan": "REKAAN buatan untuk menutup tata letak; bukan SOP nyata"},
       "catatan": "Semua lembar digambar ulang dari transkripsi (bukan salinan berkas asli). Kantor tidak dipakai di latih/, latih-2/, latih-3/ atau set tertahan sebelumnya. Konvensi label sama dengan ../README.md."}
for bag, path in (("latih", os.path.join(buat_semua.OUT["latih"], "sumber.json")), ("tertahan", os.path.join(buat_semua.AKAR, "tertahan-2-set", "sumber.json"))):
    xs = []
    for s in data_sop.SOP:
        if s["bagian"] != bag: continue
        xs.append(dict(sop=s["id"], status=s["status"], kantor=s["kantor"], jenis_kantor=s["jenis_kantor"], sumber=s["sumber"], nama_sop=s["nama_sop"],
                       jumlah_langkah=len(s["langkah"]), ada_identitas_di_sumber=bool(s.get("identitas")) and s["status"] != "nyata-prosedur",
                       rantai=[r[0] for r in buat_semua.RENCANA[s["id"]]], bacaan_dan_catatan=s["catatan"]))
    if xs: json.dump(dict(keterangan=KET, sop=xs), open(path, "w"), ensure_ascii=False, indent=1)
