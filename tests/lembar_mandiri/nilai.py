#!/usr/bin/env python3
"""Nilai keluaran pembaca SOP terhadap label.
Pakai:  python3 nilai.py latih KELUARAN/  [--rinci]
KELUARAN berisi satu JSON per berkas bernama <berkas>.json (bentuk sama dengan label).
Per jenis: langkah benar penuh / total, bidang identitas benar / total (9 per berkas yang punya halaman identitas),
dan lembar gagal total (tidak ada keluaran, atau nol langkah padahal label punya langkah)."""
import json, os, re, sys
from collections import defaultdict

def n(s):
    if s is None: return None
    if isinstance(s, str):
        s = re.sub(r"\s+", " ", s).strip().lower()
        return s or None
    return s

def nl(lst): return [n(x) for x in (lst or [])]

BIDANG_LANGKAH = ["kegiatan", "pelaksana", "waktu", "output", "keputusan", "jika_tidak_ke", "jika_ya_ke"]

def sama_langkah(a, b):
    salah = []
    for k in BIDANG_LANGKAH:
        x, y = a.get(k), b.get(k)
        if k == "keputusan": x, y = bool(x), bool(y)
        elif k in ("waktu", "jika_tidak_ke", "jika_ya_ke"):
            x = None if x in (None, "") else x; y = None if y in (None, "") else y
            try: x = int(x) if x is not None else None; y = int(y) if y is not None else None
            except (TypeError, ValueError): pass
        else: x, y = n(x), n(y)
        if x != y: salah.append((k, a.get(k), b.get(k)))
    return salah

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]; rinci = "--rinci" in sys.argv
    if len(args) != 2: print(__doc__); sys.exit(2)
    akar, kel = args
    if rinci and os.path.basename(os.path.normpath(akar)) == "tertahan":
        print("--rinci hanya untuk latih/ (rincian tertahan/ tidak ditampilkan)"); rinci = False
    daftar = json.load(open(os.path.join(akar, "daftar.json")))
    st = defaultdict(lambda: dict(lk=0, lt=0, ik=0, it=0, gagal=0, berkas=0))
    for e in daftar:
        lab = json.load(open(os.path.join(akar, e["label"]))); j = e["jenis"]; S = st[j]; S["berkas"] += 1
        fo = os.path.join(kel, e["berkas"] + ".json")
        out = None
        if os.path.exists(fo):
            try: out = json.load(open(fo))
            except Exception: out = None
        L = lab["langkah"]; S["lt"] += len(L)
        if lab.get("ada_identitas"): S["it"] += 9
        if out is None or (L and not out.get("langkah")):
            S["gagal"] += 1
            if rinci: print(f"[GAGAL] {e['berkas']}: {'tidak ada keluaran' if out is None else 'nol langkah'}")
            continue
        ol = {}
        for x in out.get("langkah") or []:
            try: ol.setdefault(int(x.get("no")), x)
            except (TypeError, ValueError): pass
        for a in L:
            b = ol.get(a["no"])
            if b is None:
                if rinci: print(f"[LANGKAH] {e['berkas']} no {a['no']}: tidak ada di keluaran")
                continue
            sal = sama_langkah(a, b)
            if not sal: S["lk"] += 1
            elif rinci:
                for k, x, y in sal: print(f"[LANGKAH] {e['berkas']} no {a['no']} {k}: label={x!r} keluaran={y!r}")
        if lab.get("ada_identitas"):
            li, oi = lab["identitas"], out.get("identitas") or {}
            cek = [("nama_sop", n(lab["nama_sop"]), n(out.get("nama_sop"))), ("nomor_sop", n(lab["nomor_sop"]), n(out.get("nomor_sop"))),
                   ("pelaksana", nl(lab["pelaksana"]), nl(out.get("pelaksana")))]
            for k in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "pencatatan"):
                cek.append((k, nl(li.get(k)), nl(oi.get(k))))
            cek.append(("peringatan", n(li.get("peringatan")), n(oi.get("peringatan"))))
            for k, x, y in cek:
                if x == y: S["ik"] += 1
                elif rinci: print(f"[IDENTITAS] {e['berkas']} {k}: label={x!r} keluaran={y!r}")
    print(f"{'jenis':14s} {'berkas':>6s} {'langkah benar':>16s} {'identitas benar':>17s} {'gagal total':>11s}")
    T = dict(lk=0, lt=0, ik=0, it=0, gagal=0, berkas=0)
    for j in sorted(st):
        S = st[j]
        for k in T: T[k] += S[k]
        print(f"{j:14s} {S['berkas']:6d} {S['lk']:7d}/{S['lt']:<8d} {S['ik']:8d}/{S['it']:<8d} {S['gagal']:11d}")
    print(f"{'JUMLAH':14s} {T['berkas']:6d} {T['lk']:7d}/{T['lt']:<8d} {T['ik']:8d}/{T['it']:<8d} {T['gagal']:11d}")

if __name__ == "__main__": main()
