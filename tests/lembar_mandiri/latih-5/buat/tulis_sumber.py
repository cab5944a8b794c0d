# -*- coding: utf-8 -*-
"""Tulis sumber.json untuk latih-5."""
import json, os, data_sop, buat_semua
KET = {"status": {"nyata": "lembar SOP AP nyata: identitas + langkah ditranskripsi",
                  "nyata-sebagian": "lembar SOP AP nyata, kutipan sumber terpotong; hanya bagian yang lengkap yang dipakai",
                  "nyata-prosedur": "prosedur nyata dari halaman standar pelayanan/layanan instansi (bukan lembar SOP AP); ditata ke format SOP AP",
                  "rekaan": "REKAAN buatan untuk menutup tata letak; bukan SOP nyata"},
       "catatan": "Semua lembar digambar ulang dari transkripsi (bukan salinan berkas asli). Kantor tidak dipakai di latih/, latih-2/, latih-3/, latih-4/ (dicek per nama terhadap sumber.json masing-masing). Konvensi label sama dengan ../README.md."}
xs = []
for s in data_sop.SOP:
    xs.append(dict(sop=s["id"], status=s["status"], kantor=s["kantor"], jenis_kantor=s["jenis_kantor"], sumber=s["sumber"], nama_sop=s["nama_sop"],
                   jumlah_langkah=len(s["langkah"]), jumlah_pelaksana=len(s["pelaksana"]),
                   ada_identitas_di_sumber=bool(s.get("identitas")) and s["status"] in ("nyata", "nyata-sebagian", "rekaan"),
                   rantai=[r[0] for r in buat_semua.RENCANA[s["id"]]], bacaan_dan_catatan=s["catatan"]))
json.dump(dict(keterangan=KET, sop=xs), open(os.path.join(buat_semua.OUT, "sumber.json"), "w"), ensure_ascii=False, indent=1)
