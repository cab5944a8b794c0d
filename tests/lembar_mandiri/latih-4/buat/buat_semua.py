# -*- coding: utf-8 -*-
"""Bangun latih-4 dan tertahan-2: render, salinan rusak, label, pemeriksaan pdftotext, daftar.json.
Jalankan: cd buat && ../../venv/bin/python buat_semua.py [latih|tertahan|semua]"""
import os, sys, json, re, shutil, subprocess, copy
import data_sop, render_wk, render_kantor, rusak4, umum

AKAR = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = {"latih": os.path.join(AKAR, "latih-4"), "tertahan": os.path.join(AKAR, "tertahan-2-set", "tertahan-2")}
KERJA = os.path.join(AKAR, "kerja")
S = {s["id"]: s for s in data_sop.SOP}

KEP_A = dict(no="NO", keg="URAIAN KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET")
KEP_B = dict(no="No", keg="Kegiatan", pel="Pelaksana", mutu="Mutu Baku", kel="Persyaratan/ Kelengkapan", wkt="Waktu", out="Hasil", ket="Keterangan")
KEP_C = dict(no="NO", keg="Aktivitas/Kegiatan", pel="Pelaksana", mutu="Mutu Baku", kel="Persyaratan / Perlengkapan", wkt="Waktu", out="Output", ket="Ket")
KEP_D = dict(no="No", keg="Uraian Prosedur", pel="Pelaksanaan", mutu="Mutu Baku", kel="Kelengkapan", wkt="Waktu", out="Output", ket="Ket")

A4P, A4L = (210, 297), (297, 210)

# rantai per SOP: (rantai, V, salinan rusak [...])
RENCANA = {
 "bkpsdm-rohil-duk": [
   ("wk", dict(kertas=A4P, font="Liberation Serif", pt=8, pt_id=8, ident="satu", logo=True, kepala=KEP_C, urut_mutu=["wkt", "kel", "out"], w_kel=30, w_out=28),
    [dict(jenis="pindai", dpi=300, miring=0.8, mode="bw", lubang=True, seed=11)]),
   ("xlsx", dict(kertas=A4L, font="Carlito", pt=9, ident="atas", kepala=KEP_C, urut_mutu=["kel", "wkt", "out"], lebar_lembar=430, tinggi_id=110, w_kel=34, w_out=34),
    [dict(jenis="foto", hal=1, mp=12, seed=12)]),
 ],
 "fkmui-peminjaman-fasilitas": [
   ("wk", dict(kertas=A4L, font="DejaVu Sans", pt=7.5, kepala=KEP_B, label_atas=True, kaki_hal=True, w_pel=34, w_ket=30),
    [dict(jenis="foto", hal=1, mp=12, seed=21, putar=True)]),
   ("docx", dict(kertas=A4P, font="Carlito", pt=8, kepala=KEP_B, w_pel=22, w_kel=22, w_wkt=14, w_out=18, w_ket=22, w_keg_min=40),
    [dict(jenis="pindai", dpi=150, miring=2.5, mode="abu", seed=22)]),
 ],
 "ung-formasi-pegawai-administrasi": [
   ("wk", dict(kertas=A4L, font="Liberation Sans", pt=7.5, kepala=KEP_A, kaki_hal=True, nomor_kolom=True, maks=[6, 5], w_pel=25, w_kel=20, w_out=20, w_ket=14),
    [dict(jenis="pindai", dpi=200, miring=-1.1, mode="warna", lipat=True, seed=31), dict(jenis="foto", hal=2, mp=8, seed=32)]),
 ],
 "man2yogya-pengganti-ijazah": [
   ("wk", dict(kertas=A4P, font="Caladea", pt=8.5, kepala=KEP_D, tidak_kiri=True, w_pel=26, w_kel=28, w_out=22, w_ket=14, shade=True),
    [dict(jenis="pindai", dpi=200, miring=-0.6, mode="abu", lubang=True, seed=41)]),
   ("docx", dict(kertas=A4L, font="Liberation Sans", pt=8, kepala=KEP_B, nomor_kolom=True, w_pel=30, w_kel=30, w_out=26),
    [dict(jenis="foto", hal=1, mp=12, seed=42)]),
 ],
 "man2yogya-legalisasi-akreditasi": [
   ("wk", dict(kertas=A4P, font="Carlito", pt=9.5, pt_id=9, ident="satu", logo=True, kepala=KEP_B, w_kel=32, w_out=32, w_wkt=16, w_ket=16),
    [dict(jenis="pindai", dpi=200, miring=-1.4, mode="abu", stempel=(1, "Disahkan"), seed=51)]),
 ],
 "rekaan-e-bpkad-sp2d": [
   ("wk", dict(kertas=A4L, font="Liberation Sans", pt=7.5, pt_id=7.5, ident="samping", logo=True, kepala=KEP_A, urut_mutu=["wkt", "kel", "out"],
               tidak_kiri=True, label_atas=True, kaki_hal=True, w_pel=26),
    [dict(jenis="pindai", dpi=150, miring=3.0, mode="bw", stempel=(1, "Disahkan"), seed=61), dict(jenis="foto", hal=3, mp=12, seed=62)]),
   ("docx", dict(kertas=A4L, font="Carlito", pt=8.5, kepala=KEP_B, w_pel=28),
    [dict(jenis="foto", hal=2, mp=8, seed=63)]),
 ],
}

try:
    import rencana_tertahan; RENCANA.update(rencana_tertahan.rencana(A4P, A4L, KEP_A, KEP_B, KEP_C, KEP_D))
except ImportError:
    pass

ALAT = {"wk": "html (div mutlak + svg) -> wkhtmltopdf", "docx": "python-docx (bagan = satu gambar PNG dalam sel gabungan) -> LibreOffice Writer -> pdf",
        "xlsx": "openpyxl (bagan = gambar PNG per halaman, fit to page width, grid tercetak) -> LibreOffice Calc -> pdf"}

def norm(s): return re.sub(r"\s+", "", (s or "")).lower()
def teks_pdf(pdf, hal=None):
    a = ["pdftotext"] + (["-f", str(hal), "-l", str(hal)] if hal else []) + [pdf, "-"]
    return subprocess.run(a, capture_output=True, text=True).stdout
def jumlah_hal(pdf):
    return int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

MASALAH = []
def cek(lab, teks, nama, per_hal_lain=None):
    """Semua isi label harus ada di teks (tanpa spasi, huruf kecil). Jika tidak, coba per kata."""
    T = norm(teks); Tk = set(re.findall(r"\w+", teks.lower()))
    butuh = []
    if lab["nama_sop"]: butuh.append(lab["nama_sop"])
    if lab["nomor_sop"]: butuh.append(lab["nomor_sop"])
    butuh += lab["pelaksana"]
    for k, v in lab["identitas"].items():
        if isinstance(v, list): butuh += v
        elif v: butuh.append(v)
    for s in lab["langkah"]:
        for k in ("kegiatan", "kelengkapan", "waktu_teks", "output", "keterangan"):
            if s[k]: butuh.append(s[k])
    for b in ([lab["nama_sop"]] if lab["nama_sop"] else []) + lab["pelaksana"]:
        if norm(b) not in T: MASALAH.append("%s: nama/pelaksana tidak utuh: %r" % (nama, b))
    n_kata = 0
    for b in butuh:
        if norm(b) in T: continue
        kata = re.findall(r"\w+", b.lower())
        if kata and all(k in Tk for k in kata): n_kata += 1; continue
        MASALAH.append("%s: tidak ditemukan: %r" % (nama, b[:80]))
    if per_hal_lain:
        for s in per_hal_lain:
            if norm(s) in T: MASALAH.append("%s: langkah halaman lain ikut tercetak: %r" % (nama, s[:50]))
    return n_kata

def label_hal(sop, info, p):
    """Label untuk halaman p (1-based) dari PDF hasil render."""
    ident = info.get("ident"); hal_id = info.get("hal_id")
    if hal_id and p == 1:
        return umum.label(sop, None, nomor=[], identitas=True, pelaksana=False, nama=True)
    q = p - 1 - (1 if hal_id else 0)
    hs = info["halaman"][q]
    pakai_id = (ident in ("satu", "atas") and info.get("rantai") in ("wk", "xlsx") and not hal_id and q == 0)
    nama = True if (pakai_id or not sop.get("judul_bagan") or info.get("rantai") != "wk") else False
    return umum.label(sop, None, nomor=hs, identitas=pakai_id, pelaksana=True, nama=nama)

def bangun(bagian):
    out = OUT[bagian]
    for d in ("berkas", "label"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True); os.makedirs(os.path.join(out, d))
    os.makedirs(KERJA, exist_ok=True)
    daftar = []
    def tambah(berkas, jenis, sop, rantai, catatan, lab):
        lab = dict(lab); lab["berkas"] = berkas
        json.dump(lab, open(os.path.join(out, "label", berkas + ".json"), "w"), ensure_ascii=False, indent=1)
        daftar.append(dict(berkas=berkas, jenis=jenis, label="label/%s.json" % berkas, sop=sop["id"], kantor=sop["kantor"], alat=ALAT[rantai.split(":")[0]] + (rantai[len(rantai.split(":")[0]):] if ":" in rantai else ""), catatan=catatan))
    for sid, rencana in RENCANA.items():
        sop = S[sid]
        if sop["bagian"] != bagian: continue
        for rantai, V0, rusaks in rencana:
            V = copy.deepcopy(V0)
            base = "%s__%s" % (sid, {"wk": "wkhtml", "docx": "writer", "xlsx": "calc"}[rantai])
            if rantai == "wk":
                pdf = os.path.join(out, "berkas", base + ".pdf")
                info = render_wk.render(sop, V, os.path.join(KERJA, base + ".html"), pdf)
            elif rantai == "docx":
                src = os.path.join(out, "berkas", base + ".docx")
                info = render_kantor.buat_docx(sop, V, src, KERJA)
                pdf = render_kantor.ke_pdf(src, os.path.join(out, "berkas"))
            else:
                src = os.path.join(out, "berkas", base + ".xlsx")
                info = render_kantor.buat_xlsx(sop, V, src, KERJA)
                pdf = render_kantor.ke_pdf(src, os.path.join(out, "berkas"))
            info["rantai"] = rantai
            npg = jumlah_hal(pdf)
            ada_id = bool(sop.get("identitas")) and (info.get("ident") is not None)
            lab_penuh = umum.label(sop, None, identitas=ada_id)
            cat = deskripsi(sop, V, rantai, info, npg)
            n = cek(lab_penuh, teks_pdf(pdf), os.path.basename(pdf))
            tambah(os.path.basename(pdf), "pdf-teks", sop, rantai, cat + ("; cek per kata: %d isian" % n if n else ""), lab_penuh)
            if rantai in ("docx", "xlsx"):
                tambah(os.path.basename(src), rantai, sop, rantai, cat, lab_penuh)
            # periksa pembagian halaman
            harap = (1 if info.get("hal_id") else 0) + len(info["halaman"])
            if npg != harap: MASALAH.append("%s: %d halaman, diharapkan %d" % (pdf, npg, harap))
            labs_hal = {}
            for p in range(1, npg + 1):
                lp = label_hal(sop, info, p)
                semua = set(range(1, len(sop["langkah"]) + 1)); ini = {s["no"] for s in lp["langkah"]}
                lain = [sop["langkah"][i - 1]["kegiatan"] for i in sorted(semua - ini)]
                cek(lp, teks_pdf(pdf, p), "%s h%d" % (os.path.basename(pdf), p), lain)
                labs_hal[p] = lp
            for r in rusaks:
                if r["jenis"] == "pindai":
                    ims = rusak4.pindai(pdf, r["dpi"], r["miring"], r["seed"], r["mode"], r.get("stempel"), r.get("lubang", False), r.get("lipat", False))
                    ket = "pindaian %d dpi, miring %.1f°, %s%s%s%s" % (r["dpi"], r["miring"], {"bw": "hitam-putih 1-bit", "abu": "abu-abu bertingkat", "warna": "16 warna"}[r["mode"]],
                          ", stempel + tanda tangan di atas 'Disahkan Oleh'" if r.get("stempel") else "", ", bayangan lubang perforasi" if r.get("lubang") else "", ", garis lipatan" if r.get("lipat") else "")
                    b = base + "__pindai.pdf"
                    rusak4.simpan_pdf(ims, os.path.join(out, "berkas", b), r["dpi"])
                    tambah(b, "pindaian-pdf", sop, rantai + ":" + ket, cat + "; " + ket + "; PDF gambar tanpa lapisan teks", lab_penuh)
                    for p, im in enumerate(ims, 1):
                        b = base + "__pindai-h%d.png" % p
                        rusak4.simpan_png(im, os.path.join(out, "berkas", b), r["dpi"])
                        tambah(b, "pindaian-png", sop, rantai + ":" + ket, cat + "; " + ket + "; halaman %d dari %d" % (p, npg), labs_hal[p])
                else:
                    im = rusak4.foto(pdf, r["hal"], r["seed"], mp=r["mp"], q=80, putar=r.get("putar", False))
                    b = base + "__foto-h%d.jpg" % r["hal"]
                    im.save(os.path.join(out, "berkas", b), "JPEG", quality=80)
                    ket = "foto ponsel %d MP, perspektif, cahaya tak rata, latar meja, JPEG q80%s" % (r["mp"], ", lembar lanskap difoto tegak (gambar diputar 90°)" if r.get("putar") else "")
                    tambah(b, "foto-jpeg", sop, rantai + ":" + ket, cat + "; " + ket + "; halaman %d dari %d" % (r["hal"], npg), labs_hal[r["hal"]])
    json.dump(daftar, open(os.path.join(out, "daftar.json"), "w"), ensure_ascii=False, indent=1)
    return daftar

def deskripsi(sop, V, rantai, info, npg):
    W, H = V["kertas"]
    d = ["%s A4" % ("lanskap" if W > H else "potret"), "%s %.1fpt" % (V["font"], V["pt"]), "%d pelaksana" % len(sop["pelaksana"]), "%d langkah" % len(sop["langkah"]), "%d halaman" % npg]
    K = V["kepala"]
    d.append("kepala '%s'/'%s'/'%s'/'%s'" % (K["no"], K["keg"], K["pel"], K["mutu"]))
    d.append("urutan mutu baku %s" % "-".join({"kel": K["kel"], "wkt": K["wkt"], "out": K["out"]}[k] for k in V.get("urut_mutu", ["kel", "wkt", "out"])))
    if info.get("ident") == "satu": d.append("identitas dan bagan di halaman yang sama")
    elif info.get("ident") == "samping": d.append("halaman identitas: kotak label (Dasar Hukum dst.) di SAMPING blok Nomor/Tanggal/Disahkan")
    elif info.get("ident") == "atas": d.append("identitas: blok Nomor/Tanggal/Disahkan di atas kotak label")
    else: d.append("tanpa identitas")
    if V.get("logo"): d.append("logo di kiri atas")
    if sop.get("butir_kual") == "huruf": d.append("kualifikasi berhuruf a., b., c.")
    if sop.get("butir_alat") == "tanpa": d.append("peralatan tanpa nomor (dipisah baris)")
    if V.get("nomor_kolom"): d.append("baris nomor kolom")
    if V.get("kaki_hal"): d.append("kaki 'Halaman x dari y'")
    if V.get("tidak_kiri"): d.append("garis Tidak keluar dari sudut kiri belah ketupat")
    if V.get("label_atas"): d.append("label Tidak di atas garis")
    if V.get("shade"): d.append("kepala berarsir")
    kosong = [p for p in sop["pelaksana"] if not any(s["pelaksana"] == p for s in sop["langkah"])]
    if kosong: d.append("kolom pelaksana tanpa simbol: " + ", ".join(kosong))
    if len(info["halaman"]) > 1: d.append("kepala tabel diulang tiap halaman, penghubung segilima berhuruf")
    if rantai == "docx": d.append("bagan (garis kolom, simbol, panah, Ya/Tidak) satu gambar PNG hitam-putih dalam sel gabungan area pelaksana; baris tinggi tetap")
    if rantai == "xlsx": d.append("lembar lebih lebar dari kertas dicetak 'fit to page width' (huruf mengecil), garis grid tercetak, kepala PELAKSANA digabung 2 baris, bagan gambar PNG per halaman")
    return ", ".join(d)

if __name__ == "__main__":
    mau = sys.argv[1] if len(sys.argv) > 1 else "semua"
    for b in (["latih", "tertahan"] if mau == "semua" else [mau]):
        dd = bangun(b)
        print(b, len(dd), "berkas")
    print("\n".join(MASALAH) if MASALAH else "pemeriksaan label: semua lolos")
