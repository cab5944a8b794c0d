# -*- coding: utf-8 -*-
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_sop import SOP
AKAR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
out = dict(keterangan=dict(status=dict(
    **{"nyata": "lembar SOP AP nyata: identitas + langkah ditranskripsi",
       "nyata-sebagian": "lembar SOP AP nyata, kutipan sumber terpotong/teracak atau tanpa nama kantor; hanya bagian yang lengkap yang dipakai",
       "nyata-prosedur": "prosedur nyata dari halaman standar pelayanan/layanan instansi (bukan lembar SOP AP); ditata ke format SOP AP",
       "rekaan": "REKAAN buatan untuk menutup tata letak; bukan SOP nyata"}),
    catatan="Set latih-2. Semua lembar digambar ulang (bukan salinan berkas asli). Konvensi waktu tambahan: Bulan = 20 hari kerja = 9000 menit."),
    sop=[dict(sop=s["id"], status=s["status"], kantor=s["kantor"], jenis_kantor=s["jenis_kantor"], sumber=s["sumber"], nama_sop=s["nama_sop"],
              jumlah_langkah=len(s["langkah"]), ada_identitas_di_sumber=bool(s.get("identitas")), bacaan_dan_catatan=s["catatan"]) for s in SOP])
json.dump(out, open(os.path.join(AKAR, "sumber.json"), "w"), ensure_ascii=False, indent=1)
