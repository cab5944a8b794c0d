# -*- coding: utf-8 -*-
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_sop import SOP
from varian import VARIAN
AKAR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
out = dict(keterangan=dict(status={
        "nyata-sebagian": "lembar SOP AP nyata, kutipan sumber terpotong/teracak; hanya bagian yang lengkap yang dipakai",
        "nyata-prosedur": "prosedur nyata dari halaman standar pelayanan/layanan instansi (bukan lembar SOP AP); ditata ke format SOP AP",
        "nyata-identitas": "hanya halaman identitas nyata; dirender sebagai lembar identitas saja, tanpa bagan",
        "rekaan": "REKAAN buatan untuk menutup tata letak; bukan SOP nyata"},
    catatan="Set latih-3. Semua lembar digambar ulang dari transkripsi (bukan salinan berkas asli). Tidak ada SOP (kantor + prosedur) yang sama dengan ../sumber.json, ../latih-2/sumber.json atau sumber set tertahan lain. Konvensi label sama dengan ../README.md (Bulan = 20 hari kerja = 9000 menit seperti latih-2; tidak terpakai di sini)."),
    sop=[dict(sop=s["id"], status=s["status"], kantor=s["kantor"], jenis_kantor=s["jenis_kantor"], sumber=s["sumber"], nama_sop=s["nama_sop"],
              jumlah_langkah=len(s["langkah"]), ada_identitas_di_sumber=bool(s.get("identitas")), rantai=VARIAN[s["id"]]["keluaran"],
              salinan_rusak=[f"{r}:{j}" for r, j, _ in VARIAN[s["id"]].get("rusak", [])], bacaan_dan_catatan=s["catatan"]) for s in SOP])
json.dump(out, open(os.path.join(AKAR, "sumber.json"), "w"), ensure_ascii=False, indent=1)
