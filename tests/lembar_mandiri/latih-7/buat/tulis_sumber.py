# -*- coding: utf-8 -*-
"""Tulis sumber.json untuk tiap bagian lembar-7 (latih-7 dan, bila data tertahan ada, tertahan-5)."""
import json, os, data_sop, buat_semua
KET = {"status": {"nyata": "lembar SOP AP nyata: identitas + langkah ditranskripsi",
                  "nyata-prosedur": "prosedur nyata dari halaman standar pelayanan/layanan instansi (bukan lembar SOP AP); ditata ke format SOP AP; bidang yang ditafsirkan/direka dicatat di bacaan_dan_catatan",
                  "rekaan": "REKAAN buatan untuk menutup tata letak; bukan SOP nyata"},
       "catatan": "Semua lembar digambar ulang dari transkripsi (bukan salinan berkas asli). Kantor tidak dipakai di sumber.json latih/, latih-2/ ... latih-5/ latih-6 maupun tertahan, tertahan-2, tertahan-3, tertahan-4 (dicek per nama). Konvensi label sama dengan ../README.md."}
for bagian in data_sop.BAGIAN:
    if bagian not in buat_semua.OUTS or not os.path.isdir(buat_semua.OUTS[bagian]): continue
    xs = []
    for s in data_sop.SOP:
        if s["bagian"] != bagian: continue
        xs.append(dict(sop=s["id"], status=s["status"], kantor=s["kantor"], jenis_kantor=s["jenis_kantor"], sumber=s["sumber"], nama_sop=s["nama_sop"],
                       jumlah_langkah=len(s["langkah"]), jumlah_pelaksana=len(s["pelaksana"]),
                       ada_identitas_di_lembar=bool(s.get("identitas")),
                       rantai=[r[0] for r in buat_semua.RENCANA[s["id"]]], bacaan_dan_catatan=s["catatan"]))
    json.dump(dict(keterangan=KET, sop=xs), open(os.path.join(buat_semua.OUTS[bagian], "sumber.json"), "w"), ensure_ascii=False, indent=1)
    print(bagian, len(xs))
