# -*- coding: utf-8 -*-
"""Bangun lembar-7 (latih-7; tertahan-5 bila data_sop_tertahan.py + rencana_tertahan.py ada): render (wkhtmltopdf, Chromium tabel/mutlak, Writer bentuk/karakter, Calc), salinan rusak, label,
pemeriksaan pdftotext, daftar.json.  Jalankan: cd buat && python3 buat_semua.py (pillow, opencv, numpy, python-docx, openpyxl)"""
import os, sys, json, re, shutil, subprocess, copy
import data_sop, render_wk, render_chr, render_docx, render_xlsx, rusak7, umum

_D = os.path.dirname(os.path.abspath(__file__))
AKAR = os.path.abspath(os.path.join(_D, "..", "..") if os.path.basename(_D) == "buat" else os.path.join(_D, ".."))  # latih-7/buat -> lembar-7; kerja-buat -> lembar-7
KERJA = os.path.join(AKAR, "kerja")
OUTS = {b: os.path.join(AKAR, b) for b in data_sop.BAGIAN}
S = {s["id"]: s for s in data_sop.SOP}

KEP_A = dict(no="NO", keg="URAIAN KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="PERSYARATAN/ KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET.")
KEP_B = dict(no="No", keg="Aktivitas", pel="Pelaksana Kegiatan", mutu="Mutu Baku", kel="Persyaratan/ Kelengkapan", wkt="Waktu", out="Output/ Hasil", ket="Ket.")
KEP_C = dict(no="No", keg="Aktifitas", pel="PELAKSANA", mutu="MUTU BAKU", kel="Persyaratan", wkt="Waktu", out="Output", ket="Ket")
KEP_D = dict(no="NO", keg="URAIAN KEGIATAN", pel="PELAKSANA KEGIATAN", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KETERANGAN")
KEP_E = dict(no="No.", keg="Uraian Kegiatan", pel="Pelaksana", mutu="Mutu Baku", kel="Kelengkapan", wkt="Waktu", out="Output", ket="Keterangan")
A4P, A4L = (210, 297), (297, 210)

from rencana_latih import RENCANA
try:
    from rencana_tertahan import RENCANA as _RT
    RENCANA.update(_RT)
except ImportError:
    pass
RENCANA = {k: v for k, v in RENCANA.items() if k in S}

ALAT = {"wk": "html (div mutlak + svg) -> wkhtmltopdf",
        "chr": "html (tabel CSS border-collapse, kepala rowspan/colspan, bagan satu SVG mutlak di atas tabel) -> chromium --print-to-pdf",
        "chrm": "html (div mutlak + svg) -> chromium --print-to-pdf",
        "docx": "python-docx (tabel baris tetap, simbol/garis/Ya-Tidak = bentuk DrawingML berjangkar di sel judul, posisi relatif halaman) -> LibreOffice Writer -> pdf",
        "docxk": "python-docx (simbol karakter dalam sel, 'Ya -> n / Tidak -> n') -> LibreOffice Writer -> pdf",
        "xlsx": "openpyxl (lembar Identitas + Bagan, simbol karakter, kepala diulang, fit to width) -> LibreOffice Calc -> pdf"}
NAMA = {"wk": "wkhtml", "chr": "chromium", "chrm": "chromium-mutlak", "docx": "writer", "docxk": "writer", "xlsx": "calc"}

def norm(s): return re.sub(r"\s+", "", (s or "")).lower()
def teks_pdf(pdf, hal=None):
    """Teks urutan baca pdftotext + teks urutan aliran (-raw): nama/sel yang tersusun sejajar kolom tetangga
    bisa teranyam pada urutan baca, tetapi utuh pada -raw."""
    a = ["pdftotext"] + (["-f", str(hal), "-l", str(hal)] if hal else [])
    return subprocess.run(a + [pdf, "-"], capture_output=True, text=True).stdout + "\n" + subprocess.run(a + ["-raw", pdf, "-"], capture_output=True, text=True).stdout
def jumlah_hal(pdf):
    return int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

MASALAH = []
HUBUNG = {}
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
    Th = T.replace("-", "")  # pdftotext menggabung kata bertanda hubung di ujung baris ("per-\nangkatan" -> "perangkatan")
    HUBUNG.setdefault(nama, 0)
    for b in ([lab["nama_sop"]] if lab["nama_sop"] else []) + lab["pelaksana"]:
        if norm(b) not in T and norm(b).replace("-", "") not in Th: MASALAH.append("%s: nama/pelaksana tidak utuh: %r" % (nama, b))
    n_kata = 0
    for b in butuh:
        if norm(b) in T: continue
        if norm(b).replace("-", "") in Th: HUBUNG[nama] += 1; continue
        kata = re.findall(r"\w+", b.lower())
        if kata and all(k in Tk for k in kata): n_kata += 1; continue
        MASALAH.append("%s: tidak ditemukan: %r" % (nama, b[:80]))
    if per_hal_lain:
        for s in per_hal_lain:
            if norm(s) in T: MASALAH.append("%s: langkah halaman lain ikut tercetak: %r" % (nama, s[:50]))
    return n_kata

def label_hal(sop, info, p):
    ident = info.get("ident"); hal_id = info.get("hal_id")
    if hal_id and p == 1:
        return umum.label(sop, None, nomor=[], identitas=True, pelaksana=False, nama=True)
    q = p - 1 - (1 if hal_id else 0)
    hs = info["halaman"][q]
    pakai_id = (ident == "satu" and not hal_id and q == 0)
    kepala = info.get("ulang_kepala", True) or q == 0
    return umum.label(sop, None, nomor=hs, identitas=pakai_id, pelaksana=kepala, nama=kepala)

def polos(sop):
    """Salinan SOP dengan waktu 'N menit' dicetak sebagai angka polos (kolom 'Waktu (menit)')."""
    s = copy.deepcopy(sop)
    for L in s["langkah"]:
        if L["waktu_teks"]:
            m = re.fullmatch(r"(\d+)\s*menit", L["waktu_teks"].strip(), re.I)
            assert m, L["waktu_teks"]
            L["waktu_teks"] = m.group(1)
    return s

MODE = {"bw": "hitam-putih 1-bit (ambang)", "abu": "abu-abu 16 tingkat", "warna": "16 warna"}
def ket_pindai(r):
    d = ["pindaian %d dpi" % r["dpi"], "miring %+.1f°" % r["miring"], MODE[r["mode"]], "derau fotokopi + bintik"]
    if r.get("stempel"): d.append("stempel bulat + tanda tangan di atas 'Disahkan Oleh'")
    if r.get("lubang"): d.append("lubang perforasi")
    if r.get("lipat"): d.append("garis lipatan")
    if r.get("toner"): d.append("garis toner tegak")
    if r.get("tepi"): d.append("bayangan tepi fotokopi")
    if r.get("balik"): d.append("halaman TERBALIK 180°")
    if r.get("balik_hal"): d.append("halaman %s TERBALIK 180°" % "/".join(map(str, r["balik_hal"])))
    if r.get("gen2"): d.insert(1, "FOTOKOPI DARI FOTOKOPI (generasi kedua: goresan menebal/putus, latar abu-abu)")
    return ", ".join(d)
def ket_foto(r):
    d = ["foto ponsel %d MP" % r["mp"], "perspektif", "cahaya tak rata", "sedikit kabur", "latar meja/kain/kayu", "JPEG q%d" % r["q"]]
    if r.get("putar"): d.append({90: "gambar diputar 90° berlawanan jarum jam (lembar tampil menyamping, kepala di kiri)", 180: "gambar diputar 180° (lembar tampil terbalik)",
                                 270: "gambar diputar 270° berlawanan jarum jam (lembar tampil menyamping, kepala di kanan)"}[r["putar"]])
    if r.get("kecil"): d.append("lembar kecil di bingkai (40-55%)")
    if r.get("stempel"): d.append("stempel + tanda tangan")
    if r.get("tangan"): d.append("bayangan tangan/ponsel")
    if r.get("sudut"): d.append("difoto MIRING SUDUT (keystone 8-14%)")
    if r.get("hangat"): d.append("CAHAYA LAMPU HANGAT (rona kuning, kontras rendah, derau)")
    if r.get("gerak"): d.append("KABUR GERAK (goyang) %s px" % r.get("_gerak_px", "?"))
    return ", ".join(d)

def bangun():
    for OUT in OUTS.values():
        for d in ("berkas", "label"):
            shutil.rmtree(os.path.join(OUT, d), ignore_errors=True); os.makedirs(os.path.join(OUT, d))
    os.makedirs(KERJA, exist_ok=True)
    daftar = {b: [] for b in OUTS}
    for sid, rencana in RENCANA.items():
        sop0 = S[sid]; OUT = OUTS[sop0["bagian"]]; dft = daftar[sop0["bagian"]]
        def tambah(berkas, jenis, sop, rantai, catatan, lab):
            lab = dict(lab); lab["berkas"] = berkas
            json.dump(lab, open(os.path.join(OUT, "label", berkas + ".json"), "w"), ensure_ascii=False, indent=1)
            r0 = rantai.split(":")[0]
            dft.append(dict(berkas=berkas, jenis=jenis, label="label/%s.json" % berkas, sop=sop["id"], kantor=sop["kantor"],
                            alat=ALAT[r0] + (rantai[len(r0):] if ":" in rantai else ""), catatan=catatan))
        for rantai, V0, rusaks in rencana:
            V = copy.deepcopy(V0)
            sop = polos(sop0) if V.get("waktu_polos") else sop0
            base = "%s__%s%s" % (sid, NAMA[rantai], V.get("akhiran", ""))
            dst = os.path.join(OUT, "berkas")
            if rantai == "wk":
                pdf = os.path.join(dst, base + ".pdf"); info = render_wk.render(sop, V, os.path.join(KERJA, base + ".html"), pdf)
            elif rantai in ("chr", "chrm"):
                if rantai == "chrm": V["mode"] = "mutlak"
                pdf = os.path.join(dst, base + ".pdf"); info = render_chr.render(sop, V, os.path.join(KERJA, base + ".html"), pdf)
            elif rantai in ("docx", "docxk"):
                src = os.path.join(dst if V.get("simpan") else KERJA, base + ".docx")
                info = render_docx.buat(sop, V, src, "bentuk" if rantai == "docx" else "karakter")
                pdf = render_docx.ke_pdf(src, dst)
            else:
                src = os.path.join(dst if V.get("simpan") else KERJA, base + ".xlsx")
                info = render_xlsx.buat(sop, V, src)
                pdf = render_docx.ke_pdf(src, dst)
            info["rantai"] = rantai
            npg = jumlah_hal(pdf)
            ada_id = bool(sop.get("identitas")) and (info.get("ident") is not None)
            lab_penuh = umum.label(sop, None, identitas=ada_id)
            cat = deskripsi(sop, V, rantai, info, npg)
            n = cek(lab_penuh, teks_pdf(pdf), os.path.basename(pdf))
            hb = HUBUNG.get(os.path.basename(pdf), 0)
            tambah(os.path.basename(pdf), "pdf-teks", sop, rantai, cat + ("; cek per kata: %d isian" % n if n else "") +
                   ("; %d isian memuat kata bertanda hubung yang terpotong di ujung baris (pdftotext menggabungnya tanpa '-')" % hb if hb else ""), lab_penuh)
            if V.get("simpan"):
                tambah(os.path.basename(src), rantai[:4] if rantai.startswith("docx") else "xlsx", sop, rantai, cat, lab_penuh)
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
                    ims = rusak7.pindai(pdf, r["dpi"], r["miring"], r["seed"], r["mode"], r.get("stempel"), r.get("lubang", False), r.get("lipat", False),
                                        r.get("toner", False), r.get("tepi", False), r.get("balik", False), gen2=r.get("gen2", False), balik_hal=r.get("balik_hal"))
                    ket = ket_pindai(r)
                    b = base + "__pindai.pdf"
                    rusak7.simpan_pdf(ims, os.path.join(dst, b), r["dpi"])
                    tambah(b, "pindaian-pdf", sop, rantai + ":" + ket, cat + "; " + ket + "; PDF gambar tanpa lapisan teks", lab_penuh)
                    for p, im in enumerate(ims, 1):
                        if r.get("png") and p not in r["png"]: continue
                        b = base + "__pindai-h%d.png" % p
                        rusak7.simpan_png(im, os.path.join(dst, b), r["dpi"])
                        tambah(b, "pindaian-png", sop, rantai + ":" + ket, cat + "; " + ket + "; halaman %d dari %d" % (p, npg), labs_hal[p])
                else:
                    im, inf = rusak7.foto(pdf, r["hal"], r["seed"], mp=r["mp"], putar=r.get("putar", 0), kecil=r.get("kecil", False),
                                     stempel=r.get("stempel"), tangan=r.get("tangan", False), hangat=r.get("hangat", False), sudut=r.get("sudut", False), gerak=r.get("gerak", False))
                    r["_gerak_px"] = inf.get("gerak_px")
                    b = base + "__foto-h%d.jpg" % r["hal"]
                    im.save(os.path.join(dst, b), "JPEG", quality=r["q"])
                    ket = ket_foto(r)
                    tambah(b, "foto-jpeg", sop, rantai + ":" + ket, cat + "; " + ket + "; halaman %d dari %d" % (r["hal"], npg), labs_hal[r["hal"]])
            print("  ", base, npg, "hal", flush=True)
    for bg, OUT in OUTS.items():
        json.dump(daftar[bg], open(os.path.join(OUT, "daftar.json"), "w"), ensure_ascii=False, indent=1)
    return daftar

def deskripsi(sop, V, rantai, info, npg):
    W, H = V["kertas"]
    d = ["%s A4" % ("lanskap" if W > H else "potret"), "%s %.1fpt" % (V["font"], V["pt"]), "%d pelaksana" % len(sop["pelaksana"]), "%d langkah" % len(sop["langkah"]), "%d halaman" % npg]
    K = V["kepala"]
    d.append("kepala '%s'/'%s'/'%s'/'%s' ('%s', '%s', '%s', '%s')" % (K["no"], K["keg"], K["pel"], K["mutu"], K["kel"], K["wkt"], K["out"], K["ket"]))
    if V.get("waktu_polos"): d.append("waktu angka polos di bawah 'Waktu (menit)'")
    if info.get("ident") == "satu": d.append("identitas dan bagan di halaman yang sama")
    elif info.get("ident") == "samping": d.append("halaman identitas: kotak label di SAMPING blok Nomor/Tanggal/Disahkan")
    elif info.get("ident") == "atas": d.append("halaman identitas terpisah (blok Nomor/Tanggal/Disahkan di atas kotak label)")
    else: d.append("tanpa identitas")
    if V.get("logo"): d.append("logo")
    if V.get("kepala_baris") == 3: d.append("kepala digabung 3 baris (grup, nama, nomor kolom)")
    if V.get("nomor_kolom"): d.append("baris nomor kolom")
    if V.get("shade"): d.append("kepala berarsir")
    if V.get("kaki_hal"): d.append("kaki 'Halaman x dari y'")
    if V.get("tidak_kiri"): d.append("garis Tidak dari sudut kiri belah ketupat")
    if V.get("label_atas"): d.append("label Tidak di atas garis")
    if len(info["halaman"]) > 1:
        d.append("kepala tabel diulang tiap halaman" if V.get("ulang_kepala", True) else "kepala tabel TIDAK diulang (halaman lanjutan tanpa judul/kepala)")
        d.append("penghubung antarhalaman segilima/lingkaran berhuruf")
    kosong = [p for p in sop["pelaksana"] if not any(s["pelaksana"] == p for s in sop["langkah"])]
    if kosong: d.append("kolom pelaksana tanpa simbol: " + ", ".join(kosong))
    if rantai == "docx": d.append("bagan = bentuk DrawingML (flowChartProcess/Terminator/Decision, garis, kotak teks Ya/Tidak) di atas tabel baris tetap")
    if rantai == "docxk": d.append("simbol karakter dalam sel + teks 'Ya -> n / Tidak -> n', tanpa garis")
    if rantai == "xlsx": d.append("lembar Identitas + lembar Bagan, simbol karakter dan panah karakter, kepala diulang, fit to width")
    if rantai == "chr": d.append("tabel HTML sungguhan + SVG bagan mutlak")
    return ", ".join(d)

if __name__ == "__main__":
    dd = bangun()
    for k, v in dd.items(): print(k, len(v), "berkas")
    print("\n".join(MASALAH) if MASALAH else "pemeriksaan label: semua lolos")
