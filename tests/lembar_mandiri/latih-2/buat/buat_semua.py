# -*- coding: utf-8 -*-
"""Bangun latih-2: python3 buat_semua.py (butuh venv dengan python-docx, openpyxl, opencv, pillow, numpy)."""
import os, sys, json, re, subprocess, shutil, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_sop import SOP
from varian import VARIAN
import render_html as RH, render_kantor as RK, rusak, umum

AKAR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BER, LAB = os.path.join(AKAR, "berkas"), os.path.join(AKAR, "label")
TMP = "/tmp/latih2-kerja"
for d in (BER, LAB, TMP): os.makedirs(d, exist_ok=True)
daftar = []; masalah = []

def simpan_label(lab):
    json.dump(lab, open(os.path.join(LAB, lab["berkas"] + ".json"), "w"), ensure_ascii=False, indent=1)

def tambah(berkas, jenis, sop, alat, catatan, lab):
    lab["berkas"] = berkas; simpan_label(lab)
    daftar.append(dict(berkas=berkas, jenis=jenis, label="label/" + berkas + ".json", sop=sop["id"], kantor=sop["kantor"], alat=alat, catatan=catatan))

def norm(s): return re.sub(r"\s+", "", (s or "")).lower()

def periksa_pdf(path, lab, baris_pecah=False):
    """baris_pecah: baris tabel Writer/Calc boleh terpotong ganti halaman (kepala tabel diulang di tengah teks)."""
    t = norm(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
    for L in lab["langkah"]:
        for k in ("kegiatan", "output", "waktu_teks", "kelengkapan"):
            if L[k] and norm(L[k]) not in t and not (baris_pecah and all(norm(w) in t for w in L[k].split())): masalah.append(f"{os.path.basename(path)}: langkah {L['no']} {k} tidak terbaca: {L[k][:40]}")
    for a in lab["pelaksana"]:
        if norm(a) not in t and norm(a).replace("-", "") not in t.replace("-", ""): masalah.append(f"{os.path.basename(path)}: pelaksana {a} tidak utuh (dipecah?)")
    if lab["ada_identitas"]:
        for k in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "pencatatan"):
            for x in lab["identitas"][k]:
                if norm(x) not in t: masalah.append(f"{os.path.basename(path)}: identitas {k} tidak terbaca: {x[:40]}")
        if lab["nomor_sop"] and norm(lab["nomor_sop"]) not in t: masalah.append(f"{os.path.basename(path)}: nomor")
        if norm(lab["nama_sop"]) not in t: masalah.append(f"{os.path.basename(path)}: nama")

def soffice(files, fmt_dir):
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", fmt_dir] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

kantor_docx, kantor_xlsx = [], []
for si, sop in enumerate(SOP):
    V = dict(VARIAN[sop["id"]]); sid = sop["id"]; V["nama_pecah"] = {**sop.get("pecah", {}), **V["nama_pecah"]}; VARIAN[sid] = V
    html, T = RH.buat_html(sop, V)
    hp = os.path.join(TMP, sid + ".html"); open(hp, "w").write(html)
    pdf = os.path.join(BER, sid + "__html.pdf"); RH.cetak(hp, pdf)
    ada_id = bool(sop.get("identitas"))
    hal = ([("id", None)] if ada_id else []) + [("bagan", p) for p in T["pages"]]
    np_ = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    if np_ != len(hal): masalah.append(f"{sid}: halaman PDF {np_} != rencana {len(hal)}")
    lab = umum.label(sop, None); periksa_pdf(pdf, lab)
    ori = "lanskap" if V["lanskap"] else "potret"
    ciri = f"{ori}, {len(sop['pelaksana'])} pelaksana, {len(sop['langkah'])} langkah, font {V['font']} {V['pt']}pt, {'dengan' if ada_id else 'tanpa'} halaman identitas, kepala '{V['hdr']['keg']}'/'{V['hdr']['pel']}'/'{V['hdr']['kel']}'" \
           + (", baris nomor kolom" if V["nomor_kolom"] else "") + (", nama pelaksana diputar" if V.get("putar") else "") + (", nama pelaksana dipecah" if V["nama_pecah"] else "") \
           + (", tanpa kolom Keterangan" if sop.get("tanpa_ket") else "") + f"; {len(hal)} halaman"
    tambah(sid + "__html.pdf", "pdf-teks", sop, "html+svg -> chromium --print-to-pdf", ciri, lab)
    def lab_hal(k, berkas):
        jenis, nomor = hal[k - 1]
        if jenis == "id": return umum.label(sop, berkas, nomor=[], identitas=True, pelaksana=False, nama=True)
        pi = T["pages"].index(nomor)
        nama = pi == 0 and sop.get("judul_bagan") and umum.rapi(sop["judul_bagan"]) == umum.rapi(sop["nama_sop"])
        return umum.label(sop, berkas, nomor=nomor, identitas=False, pelaksana=True, nama=bool(nama))
    if "pindai" in V["keluaran"]:
        P = V["pindai"]; st = 1 if (P.get("stempel") and ada_id) else None
        ims = rusak.pindai(pdf, P["dpi"], P["miring"], 1000 + si, stempel_pada=st, bw=P.get("bw", False))
        for k, im in enumerate(ims, 1):
            b = f"{sid}__html__pindai-h{k}.png"; im.save(os.path.join(BER, b), optimize=True)
            tambah(b, "pindaian-png", sop, "chromium -> pdftoppm -> rusak.py", f"halaman {k} dari {len(ims)}, {P['dpi']} dpi, miring {P['miring']}°, derau fotokopi" + (", hitam-putih" if P.get("bw") else "") + (", stempel+tanda tangan di atas Disahkan Oleh" if st == k else ""), lab_hal(k, b))
        b = f"{sid}__html__pindai.pdf"
        ims[0].convert("RGB").save(os.path.join(BER, b), save_all=True, append_images=[i.convert("RGB") for i in ims[1:]], resolution=P["dpi"])
        tambah(b, "pindaian-pdf", sop, "chromium -> pdftoppm -> rusak.py -> PDF gambar", f"{len(ims)} halaman gambar tanpa lapisan teks, {P['dpi']} dpi", umum.label(sop, b))
    for k in V.get("foto", []):
        im, q = rusak.foto(pdf, k, 2000 + si * 10 + k, mp=12 if (si + k) % 2 else 8, q=[72, 80, 88][(si + k) % 3])
        b = f"{sid}__html__foto-h{k}.jpg"; im.save(os.path.join(BER, b), quality=q)
        tambah(b, "foto-jpeg", sop, "chromium -> rusak.py (foto)", f"halaman {k}, {im.size[0]}x{im.size[1]} px ({im.size[0]*im.size[1]/1e6:.1f} MP), JPEG q{q}, perspektif, latar, cahaya tak rata", lab_hal(k, b))
    if "writer" in V["keluaran"]:
        p = os.path.join(BER, sid + "__writer.docx"); RK.buat_docx(sop, V, p); kantor_docx.append((sop, p))
    if "calc" in V["keluaran"]:
        p = os.path.join(BER, sid + "__calc.xlsx"); RK.buat_xlsx(sop, V, p); kantor_xlsx.append((sop, p))

soffice([p for _, p in kantor_docx], BER); soffice([p for _, p in kantor_xlsx], BER)
for (sop, p), jenis, alat in [(x, "docx", "python-docx") for x in kantor_docx] + [(x, "xlsx", "openpyxl") for x in kantor_xlsx]:
    V = VARIAN[sop["id"]]; b = os.path.basename(p); pb = b.rsplit(".", 1)[0] + ".pdf"
    cat = f"{'lanskap' if V['lanskap'] else 'potret'}, simbol sebagai karakter dalam sel (◯ ▭ ◇) dengan teks 'Ya → n'/'Tidak → n', tanpa garis; {'dengan' if sop.get('identitas') else 'tanpa'} halaman identitas" \
          + (", kepala tabel diulang tiap halaman (tblHeader)" if jenis == "docx" else ", sel gabungan, baris judul cetak diulang (print titles)") + (", baris nomor kolom" if V["nomor_kolom"] else "")
    tambah(b, jenis, sop, f"{alat} (berkas asli)", cat, umum.label(sop, b))
    lab = umum.label(sop, pb); tambah(pb, "pdf-teks", sop, f"{alat} -> LibreOffice {'Writer' if jenis=='docx' else 'Calc'} --convert-to pdf", cat, lab)
    periksa_pdf(os.path.join(BER, pb), lab, baris_pecah=True)

json.dump(daftar, open(os.path.join(AKAR, "daftar.json"), "w"), ensure_ascii=False, indent=1)
print("\n".join(masalah) if masalah else "periksa: tidak ada masalah")
from collections import Counter; print(Counter(e["jenis"] for e in daftar), len(daftar))
