# -*- coding: utf-8 -*-
"""Bangun latih-3: /work/lembar-latih-3/venv/bin/python buat_semua.py
(butuh python-docx, openpyxl, opencv-python-headless, pillow, numpy; chromium, soffice, poppler-utils)."""
import os, sys, json, re, subprocess, shutil, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_sop import SOP
from varian import VARIAN
import render_html as RH, render_kantor as RK, rusak, umum

AKAR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BER, LAB = os.path.join(AKAR, "berkas"), os.path.join(AKAR, "label")
TMP = "/tmp/latih3-kerja"
for d in (BER, LAB):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
os.makedirs(TMP, exist_ok=True)
daftar = []; masalah = []
ALAT = {"html": "html+svg -> chromium --print-to-pdf",
        "docx_bentuk": "python-docx + bentuk DrawingML (wps) -> LibreOffice Writer --convert-to pdf",
        "docx_simbol": "python-docx (simbol karakter, nama pelaksana btLr) -> LibreOffice Writer --convert-to pdf",
        "docx_identitas": "python-docx (halaman identitas) -> LibreOffice Writer --convert-to pdf",
        "xlsx_bentuk": "openpyxl + bentuk DrawingML (xdr) ditulis sendiri -> LibreOffice Calc --convert-to pdf"}
AKHIR = {"html": "html", "docx_bentuk": "writer", "docx_simbol": "writer", "docx_identitas": "writer", "xlsx_bentuk": "calc"}

def simpan_label(lab):
    json.dump(lab, open(os.path.join(LAB, lab["berkas"] + ".json"), "w"), ensure_ascii=False, indent=1)

def tambah(berkas, jenis, sop, alat, catatan, lab):
    lab["berkas"] = berkas; simpan_label(lab)
    daftar.append(dict(berkas=berkas, jenis=jenis, label="label/" + berkas + ".json", sop=sop["id"], kantor=sop["kantor"], alat=alat, catatan=catatan))

def norm(s): return re.sub(r"\s+", "", (s or "")).lower().replace("­", "")

def teks_pdf(path, hal=None):
    a = ["pdftotext"] + (["-f", str(hal), "-l", str(hal)] if hal else []) + [path, "-"]
    return subprocess.run(a, capture_output=True, text=True).stdout

def jumlah_hal(pdf):
    return int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

def ada(x, t, per_kata):
    if norm(x) in t: return True
    return per_kata and all(norm(w) in t for w in x.split())

def periksa_pdf(path, lab, per_kata=False):
    """per_kata: untuk Writer/Calc, teks sel dapat dibaca pdftotext dalam urutan lain (sel sebelah berselang-seling)."""
    t = norm(teks_pdf(path)); b = os.path.basename(path)
    for L in lab["langkah"]:
        for k in ("kegiatan", "output", "waktu_teks", "kelengkapan", "keterangan"):
            if L[k] and not ada(L[k], t, per_kata): masalah.append(f"{b}: langkah {L['no']} {k} tidak terbaca: {L[k][:40]}")
    for a in lab["pelaksana"]:
        if not ada(a, t.replace("-", ""), True): masalah.append(f"{b}: pelaksana {a} tidak terbaca")
    if lab["ada_identitas"]:
        for k in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "pencatatan"):
            for x in lab["identitas"][k]:
                if not ada(x, t, per_kata): masalah.append(f"{b}: identitas {k} tidak terbaca: {x[:40]}")
        if lab["identitas"]["peringatan"] and not ada(lab["identitas"]["peringatan"], t, True): masalah.append(f"{b}: peringatan")
        if lab["nomor_sop"] and norm(lab["nomor_sop"]) not in t: masalah.append(f"{b}: nomor")
        if not ada(lab["nama_sop"], t, per_kata): masalah.append(f"{b}: nama")

def isi_halaman(pdf, sop, rencana=None):
    """Per halaman: (identitas?, [nomor langkah], [terbelah], teks). rencana (HTML/DOCX bergambar: pembagian halaman dari penata letak)
    dipakai bila ada dan diperiksa terhadap pdftotext; selain itu dibaca dari pdftotext; langkah yang terbelah di dua halaman ditandai."""
    out = []; L = sop["langkah"]
    if rencana:
        if len(rencana) != jumlah_hal(pdf): masalah.append(f"{pdf}: rencana {len(rencana)} halaman != {jumlah_hal(pdf)}")
        for k, (idn, nomor) in enumerate(rencana, 1):
            t = norm(teks_pdf(pdf, k))
            for i in nomor:
                if not all(norm(w) in t for w in L[i - 1]["kegiatan"].split()): masalah.append(f"{os.path.basename(pdf)} h{k}: langkah {i} tidak terbaca")
            out.append((idn, list(nomor), [], t))
        return out
    for k in range(1, jumlah_hal(pdf) + 1):
        t = norm(teks_pdf(pdf, k))
        t2 = t.replace(norm(sop["nama_sop"]), "").replace(norm(sop.get("judul_bagan") or "@@"), "")
        idn = bool(sop.get("identitas")) and "dasarhukum" in t
        nomor = [i for i, s in enumerate(L, 1) if norm(s["kegiatan"])[:60] in t]
        sebagian = [i for i, s in enumerate(L, 1) if i not in nomor and norm(s["kegiatan"])[-25:] in t2]
        out.append((idn, nomor, sebagian, t))
    semua = sorted(i for o in out for i in o[1])
    if semua != list(range(1, len(L) + 1)): masalah.append(f"{os.path.basename(pdf)}: pembagian halaman terbaca {semua} tidak lengkap/ganda")
    return out

def lab_halaman(sop, berkas, info):
    idn, nomor, sebagian, t = info
    if sebagian: masalah.append(f"{berkas}: langkah {sebagian} terbelah antar halaman")
    if idn:
        return umum.label(sop, berkas, nomor=nomor, identitas=True, pelaksana=bool(nomor), nama=True)
    judul = sop.get("judul_bagan")
    nama = bool(judul) and umum.rapi(judul).lower() == umum.rapi(sop["nama_sop"]).lower() and norm(judul) in t
    return umum.label(sop, berkas, nomor=nomor, identitas=False, pelaksana=bool(nomor), nama=nama)

def soffice(files):
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BER] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)

def ciri(sop, V, rantai, nh):
    ori = "lanskap" if V["lanskap"] else "potret"; n = len(sop["pelaksana"])
    c = [f"{ori} {V.get('kertas', 'A4')}", f"font {V['font']} {V['pt']}pt", f"{n} pelaksana, {len(sop['langkah'])} langkah" if n else "hanya halaman identitas",
         "dengan halaman identitas" if sop.get("identitas") and n else ("" if not n else "tanpa halaman identitas")]
    if sop.get("identitas"): c.append(f"butir identitas {V.get('daftar', 'angka')}")
    if n:
        if rantai == "html":
            c.append(f"kepala '{V['hdr']['keg']}'/'{V['hdr']['pel']}'/'{V['hdr']['kel']}'")
            if V.get("tanpa_mutu"): c.append("Kelengkapan/Waktu/Output tanpa kepala 'Mutu Baku'")
            if V.get("arsir"): c.append("kepala berarsir")
            if V.get("tepi_tebal"): c.append("garis tepi tebal")
            if V.get("rata_keg") == "tj": c.append("kegiatan rata kiri-kanan")
            if V.get("kolom_tambah"): c.append("kolom tambahan 'Check List' (Sesuai/Tidak Sesuai)")
            if V.get("putar"): c.append("nama pelaksana diputar")
            if V["nama_pecah"]: c.append("nama pelaksana dipecah baris")
            c.append("simbol SVG + garis berpanah, penghubung antarhalaman")
        elif rantai == "docx_bentuk":
            c.append("simbol sebagai bentuk gambar (persegi, belah ketupat, terminator) + garis penghubung berpanah DrawingML di atas tabel bertinggi baris tetap; label Ya/Tidak dan huruf penghubung di kotak teks")
        elif rantai == "docx_simbol":
            c.append("simbol karakter dalam sel (◯ ▭ ◇) + 'Ya → n/Tidak → n', nama pelaksana tegak (btLr) dan terbungkus, kepala tabel diulang (tblHeader)")
        elif rantai == "xlsx_bentuk":
            c.append("simbol dan garis berpanah sebagai bentuk DrawingML (xdr:sp/xdr:cxnSp) berjangkar sel, muat-ke-lebar")
        if V.get("nomor_kolom"): c.append("baris nomor kolom")
        if sop.get("tanpa_ket"): c.append("tanpa kolom Keterangan")
    c.append(f"{nh} halaman")
    return ", ".join(x for x in c if x)

kantor = []  # (sop, V, rantai, path_sumber, pages)
pdfs = {}    # (sid, rantai) -> (pdf, V)
for si, sop in enumerate(SOP):
    sid = sop["id"]; V0 = VARIAN[sid]
    for rantai in V0["keluaran"]:
        V = dict(V0); V.update(V0.get(rantai + "_ubah", {})); V["nama_pecah"] = dict(V.get("nama_pecah", {}))
        if rantai == "html":
            html, T = RH.buat_html(sop, V)
            hp = os.path.join(TMP, sid + ".html"); open(hp, "w").write(html)
            pdf = os.path.join(BER, sid + "__html.pdf"); RH.cetak(hp, pdf)
            rencana = (1 if sop.get("identitas") else 0) + len(T["pages"])
            if jumlah_hal(pdf) != rencana: masalah.append(f"{sid}: halaman PDF {jumlah_hal(pdf)} != rencana {rencana}")
            lab = umum.label(sop, None); periksa_pdf(pdf, lab, per_kata=True)
            tambah(os.path.basename(pdf), "pdf-teks", sop, ALAT[rantai], ciri(sop, V, rantai, jumlah_hal(pdf)), lab)
            pdfs[(sid, rantai)] = (pdf, V, ([(True, [])] if sop.get("identitas") else []) + [(False, p) for p in T["pages"]])
        else:
            ext = "xlsx" if rantai.startswith("xlsx") else "docx"
            src = os.path.join(BER, f"{sid}__{AKHIR[rantai]}.{ext}")
            rencana = None
            if rantai == "docx_bentuk": rencana = ([(True, [])] if sop.get("identitas") else []) + [(False, p) for p in RK.buat_docx_bentuk(sop, V, src)]
            elif rantai == "docx_simbol": RK.buat_docx(sop, V, src)
            elif rantai == "docx_identitas":
                d = RK.Document(); RK._halaman(d, V); RK._identitas_docx(d, sop, V); d.save(src)
            elif rantai == "xlsx_bentuk": RK.buat_xlsx_bentuk(sop, V, src)
            kantor.append((sop, V, rantai, src, rencana))

soffice([k[3] for k in kantor])
for sop, V, rantai, src, rencana in kantor:
    sid = sop["id"]; b = os.path.basename(src); pdf = src.rsplit(".", 1)[0] + ".pdf"
    nh = jumlah_hal(pdf); cat = ciri(sop, V, rantai, nh)
    jenis = "xlsx" if src.endswith(".xlsx") else "docx"
    tambah(b, jenis, sop, ALAT[rantai].split(" -> ")[0] + " (berkas asli)", cat, umum.label(sop, b))
    lab = umum.label(sop, None); periksa_pdf(pdf, lab, per_kata=True)
    tambah(os.path.basename(pdf), "pdf-teks", sop, ALAT[rantai], cat, lab)
    pdfs[(sid, rantai)] = (pdf, V, rencana)

# salinan rusak
def letak_stempel(pdf):
    """Pecahan (x, y) halaman 1 di kanan kata 'Disahkan' (dari pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
    pg = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(?:DISAHKAN|Disahkan)</word>', out)
    if not (pg and m): return None
    W, H = float(pg.group(1)), float(pg.group(2))
    return (min(0.9, (float(m.group(3)) + 110) / W), min(0.5, (float(m.group(2)) + 10) / H))

for si, sop in enumerate(SOP):
    sid = sop["id"]; V0 = VARIAN[sid]
    for ri, (rantai, jenis, P) in enumerate(V0.get("rusak", [])):
        pdf, V, rencana = pdfs[(sid, rantai)]; ak = AKHIR[rantai]
        info = isi_halaman(pdf, sop, rencana); nh = len(info)
        if jenis == "pindai":
            st = 1 if (P.get("stempel") and sop.get("identitas")) else None
            xy = letak_stempel(pdf) if st else None
            ims = rusak.pindai(pdf, P["dpi"], P["miring"], 1000 + si * 7 + ri, stempel_pada=st, bw=P.get("bw", False), stempel_xy=xy, abu=P.get("abu"))
            for k, im in enumerate(ims, 1):
                b = f"{sid}__{ak}__pindai-h{k}.png"
                (im.quantize(colors=16, method=0, dither=0) if im.mode == "RGB" else im).save(os.path.join(BER, b), optimize=True)
                mode = "hitam-putih" if P.get("bw") else ("abu-abu 22 tingkat" if im.mode == "L" else "berwarna")
                tambah(b, "pindaian-png", sop, f"{ALAT[rantai].split(' -> ')[0]} -> {ak} PDF -> pdftoppm -> rusak.py",
                       f"halaman {k} dari {nh}, {P['dpi']} dpi, miring {P['miring']}°, derau fotokopi, {mode}" + (", stempel+tanda tangan di atas Disahkan Oleh" if st == k else ""),
                       lab_halaman(sop, b, info[k - 1]))
            b = f"{sid}__{ak}__pindai.pdf"
            m0 = "RGB" if ims[0].mode == "RGB" else "L"
            ims[0].convert(m0).save(os.path.join(BER, b), save_all=True, append_images=[i.convert(m0) for i in ims[1:]], resolution=P["dpi"], quality=70)
            lab = umum.label(sop, b)
            tambah(b, "pindaian-pdf", sop, f"{ALAT[rantai].split(' -> ')[0]} -> {ak} PDF -> rusak.py -> PDF gambar", f"{nh} halaman gambar tanpa lapisan teks, {P['dpi']} dpi, JPEG dalam PDF" + (", stempel+tanda tangan" if st else ""), lab)
        else:
            k = P["hal"]
            im, q = rusak.foto(pdf, k, 2000 + si * 10 + ri, mp=P["mp"], q=P["q"])
            b = f"{sid}__{ak}__foto-h{k}.jpg"; im.save(os.path.join(BER, b), quality=q, optimize=True)
            tambah(b, "foto-jpeg", sop, f"{ALAT[rantai].split(' -> ')[0]} -> {ak} PDF -> rusak.py (foto)",
                   f"halaman {k} dari {nh}, {im.size[0]}x{im.size[1]} px ({im.size[0]*im.size[1]/1e6:.1f} MP), JPEG q{q}, perspektif, latar meja, cahaya tak rata",
                   lab_halaman(sop, b, info[k - 1]))

json.dump(daftar, open(os.path.join(AKAR, "daftar.json"), "w"), ensure_ascii=False, indent=1)
print("\n".join(masalah) if masalah else "periksa: tidak ada masalah")
from collections import Counter; print(Counter(e["jenis"] for e in daftar), len(daftar))
