# -*- coding: utf-8 -*-
import re, json, math
SATUAN = [("detik", 1/60), ("menit", 1), ("mnt", 1), ("jam", 60), ("hari", 450), ("minggu", 2250), ("bulan", 9000)]

def waktu_menit(t):
    """Konvensi README latih + Bulan = 20 hari kerja = 9000 menit."""
    if not t: return None
    s = t.lower().replace(",", ".").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):  # angka polos di bawah "Waktu (menit)"
        v = float(s); return int(v) if v == int(v) else v
    m = re.search(r"(\d+)\s*x\s*24\s*jam", s)
    if m: return int(m.group(1)) * 450
    m = re.search(r"(\d+(?:\.\d+)?)\s*(?:-|–|s\.?d\.?|sampai)\s*(\d+(?:\.\d+)?)\s*([a-z]+)", s)
    if m: n, u = float(m.group(2)), m.group(3)
    else:
        m = re.search(r"(\d+(?:\.\d+)?)\s*([a-z]+)", s)
        if not m: return None
        n, u = float(m.group(1)), m.group(2)
    if u in ("hr", "hri"): u = "hari"
    for k, f in SATUAN:
        if u.startswith(k[:3]) if k != "mnt" else u == "mnt":
            v = n * f
            return int(v) if abs(v - int(v)) < 1e-9 else v
    return None

def rapi(s):
    if s is None: return None
    s = re.sub(r"\s+", " ", s).strip()
    return s or None

def kep_tujuan(sop, i):
    """(jika_tidak_ke, jika_ya_ke) label untuk langkah ke-i (1-based)."""
    k = sop["langkah"][i-1]["kep"]
    if not k: return None, None
    t = k.get("tidak"); y = k.get("ya")
    t = None if t == "selesai" else t
    if y == i + 1: y = None
    return t, y

def label_langkah(sop, nomor):
    out = []
    for i in nomor:
        s = sop["langkah"][i-1]
        t, y = kep_tujuan(sop, i)
        out.append(dict(no=i, kegiatan=rapi(s["kegiatan"]), pelaksana=s["pelaksana"], kelengkapan=rapi(s["kelengkapan"]),
                        waktu=waktu_menit(s["waktu_teks"]), waktu_teks=rapi(s["waktu_teks"]), output=rapi(s["output"]),
                        keterangan=rapi(s["keterangan"]), keputusan=bool(s["kep"]), jika_tidak_ke=t, jika_ya_ke=y))
    return out

KOSONG = dict(dasar_hukum=[], kualifikasi_pelaksana=[], keterkaitan=[], peralatan=[], peringatan=None, pencatatan=[])

def label(sop, berkas, nomor=None, identitas=True, pelaksana=True, nama=True):
    """nomor: langkah yang tercetak (None = semua). identitas: halaman identitas ikut tercetak."""
    if nomor is None: nomor = list(range(1, len(sop["langkah"]) + 1))
    ada = bool(sop.get("identitas")) and identitas
    idn = dict(KOSONG)
    if ada:
        I = sop["identitas"]
        idn = dict(dasar_hukum=[rapi(x) for x in I["dasar_hukum"]], kualifikasi_pelaksana=[rapi(x) for x in I["kualifikasi_pelaksana"]],
                   keterkaitan=[rapi(x) for x in I["keterkaitan"]], peralatan=[rapi(x) for x in I["peralatan"]],
                   peringatan=rapi(" ".join(I["peringatan"])) if I["peringatan"] else None,
                   pencatatan=[rapi(x) for x in I["pencatatan"]])
    return dict(berkas=berkas, nama_sop=rapi(sop["nama_sop"]) if nama else None,
                nomor_sop=sop.get("nomor_sop") if ada else None,
                pelaksana=list(sop["pelaksana"]) if pelaksana else [], ada_identitas=ada, identitas=idn,
                langkah=label_langkah(sop, nomor))
