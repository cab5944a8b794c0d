# -*- coding: utf-8 -*-
"""Varian tata letak per SOP (ditulis tangan, deterministik). 'keluaran' = daftar rantai; '<rantai>_ubah' menimpa kunci untuk rantai itu.
Rantai: html (HTML+SVG -> Chromium), docx_bentuk (python-docx + DrawingML -> Writer), docx_simbol (python-docx, simbol karakter -> Writer),
docx_identitas (halaman identitas saja -> Writer), xlsx_bentuk (openpyxl + DrawingML -> Calc).
'rusak' = daftar (rantai, jenis, opsi): jenis 'pindai' (semua halaman -> PNG + PDF gambar) atau 'foto' (satu halaman)."""
H1 = dict(no="No", keg="Kegiatan", pel="Pelaksana", mutu="Mutu Baku", kel="Kelengkapan", wkt="Waktu", out="Output", ket="Keterangan")
def H(**k): d = dict(H1); d.update(k); return d

VARIAN = {
 "dukcapil-poso-akta-kelahiran": dict(
     lanskap=True, kertas="A4", margin=12, font="Liberation Sans", pt=8, lebar_pelaksana=20, lebar_mutu=(30, 15, 30), lebar_ket=22,
     hdr=H(keg="Uraian Prosedur"), nama_pecah={}, nomor_kolom=False, garis=0.3, daftar="angka", kal_dx=-0.9,
     keluaran=["docx_bentuk", "html"],
     html_ubah=dict(lanskap=False, font="Liberation Serif", pt=8.5, lebar_pelaksana=15, lebar_mutu=(22, 12, 20), lebar_ket=14, margin=12, tepi_tebal=0.8),
     rusak=[("docx_bentuk", "pindai", dict(dpi=200, miring=-0.7, stempel=True)), ("html", "foto", dict(hal=2, mp=8, q=80))]),
 "pkm-malili-cuti-tahunan": dict(
     lanskap=True, kertas="A4", margin=12, font="Carlito", pt=9, lebar_pelaksana=20, lebar_mutu=(34, 14, 34), lebar_ket=14,
     hdr=H(keg="Uraian Prosedur", ket="Ket"), nama_pecah={}, nomor_kolom=False, garis=0.3, daftar="angka",
     xl_keg=34, xl_pelaksana=12, xl_mutu=(24, 10, 24), xl_ket=8,
     keluaran=["xlsx_bentuk", "html"],
     html_ubah=dict(lanskap=False, kertas="F4", pt=10, font="Carlito", lebar_pelaksana=17, lebar_mutu=(30, 13, 26), lebar_ket=10, arsir="#d9d9d9", nama_pecah={"Staf Tata Usaha": "Staf Tata\nUsaha", "Staf Dinas Kesehatan": "Staf Dinas\nKesehatan", "Kepala Puskesmas": "Kepala\nPuskesmas", "Kepala Tata Usaha": "Kepala\nTata Usaha"}),
     rusak=[("xlsx_bentuk", "pindai", dict(dpi=150, miring=0.9, stempel=False, bw=True)), ("xlsx_bentuk", "foto", dict(hal=2, mp=8, q=78))]),
 "polres-jakbar-skck": dict(
     lanskap=False, kertas="A4", margin=10, font="DejaVu Sans", pt=7, lebar_pelaksana=14, lebar_mutu=(28, 12, 22), lebar_ket=0,
     hdr=H(no="NO", keg="URAIAN KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU"), nama_pecah={"Petugas Loket / Bamin": "Petugas\nLoket /\nBamin", "Kasi Yanmin": "Kasi\nYanmin", "Wadir Intelkam": "Wadir\nIntelkam", "Direktur Intelkam": "Direktur\nIntelkam"},
     nomor_kolom=True, garis=0.3, huruf_besar=True, daftar="angka", tepi_tebal=0.9, kolom_tambah=("Check List", ["Sesuai", "Tidak Sesuai"], 11),
     keluaran=["html"], rusak=[("html", "pindai", dict(dpi=200, miring=1.3, stempel=True)), ("html", "foto", dict(hal=2, mp=12, q=80))]),
 "imigrasi-itap-alih-status": dict(
     lanskap=True, kertas="F4", margin=12, font="Liberation Sans", pt=8, hdr=H1, nama_pecah={}, nomor_kolom=False, garis=0.3, huruf_besar=True, daftar="angka",
     keluaran=["html"], rusak=[("html", "pindai", dict(dpi=150, miring=-1.6, stempel=True)), ("html", "foto", dict(hal=1, mp=8, q=78))]),
 "pn-amlapura-waarmerking": dict(
     lanskap=False, kertas="A4", margin=14, font="Liberation Serif", pt=9, lebar_pelaksana=16, lebar_mutu=(16, 11, 16), lebar_ket=0,
     hdr=H(keg="Uraian Kegiatan"), nama_pecah={"Petugas PTSP": "Petugas\nPTSP", "Panitera Muda Hukum": "Panitera\nMuda\nHukum", "Staf Kepaniteraan Muda Hukum": "Staf\nKepanite-\nraan Muda\nHukum", "KPN / WKPN": "KPN /\nWKPN"},
     nomor_kolom=False, garis=0.3, tanpa_mutu=True, arsir="#d0d0d0", rata_keg="tj", maks_per_halaman=5, tambah_baris=4,
     keluaran=["html"], rusak=[("html", "pindai", dict(dpi=150, miring=0.6, stempel=False))]),
 "pt-gorontalo-surat-kuasa-khusus": dict(
     lanskap=True, kertas="F4", margin=12, font="Carlito", pt=9, lebar_pelaksana=24, lebar_mutu=(40, 16, 34), lebar_ket=20,
     hdr=H(keg="Aktivitas", mutu="Mutu Baku", kel="Persyaratan/ Kelengkapan"), nama_pecah={}, nomor_kolom=False, garis=0.3, kal_dx=-0.9,
     keluaran=["docx_bentuk", "html"],
     html_ubah=dict(font="Liberation Sans", pt=8, tepi_tebal=1.0, nomor_kolom=True, mutu_tanpa_sub=True, hdr=H(no="NO", keg="AKTIVITAS", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET")),
     rusak=[("docx_bentuk", "foto", dict(hal=1, mp=12, q=78)), ("docx_bentuk", "pindai", dict(dpi=300, miring=-0.5, stempel=False, bw=True))]),
 "smpn1-tanjungpinang-mutasi-masuk": dict(
     lanskap=True, kertas="A4", margin=12, font="DejaVu Sans", pt=8, lebar_pelaksana=17, lebar_mutu=(44, 14, 26), lebar_ket=16,
     hdr=H(no="NO", keg="KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET"), nama_pecah={}, putar=True,
     nomor_kolom=False, garis=0.3,
     keluaran=["docx_simbol", "html"], html_ubah=dict(font="Liberation Sans", pt=8, lebar_pelaksana=13, nama_pecah={}, tinggi_putar=30),
     rusak=[("docx_simbol", "pindai", dict(dpi=200, miring=-1.9, stempel=False)), ("docx_simbol", "foto", dict(hal=1, mp=8, q=80))]),
 "kemenag-malra-izin-belajar": dict(
     lanskap=True, kertas="A4", margin=10, font="Carlito", pt=10.5, lebar_pelaksana=20, lebar_mutu=(46, 16, 30), lebar_ket=32,
     hdr=H(keg="Uraian Kegiatan", pel="Pelaksana", kel="Persyaratan", ket="Ket."), nama_pecah={"Unit Terkait": "Unit\nTerkait"},
     nomor_kolom=True, garis=0.35, arsir="#e6e6e6", rata_keg="tj", maks_per_halaman=3,
     keluaran=["html", "docx_bentuk"],
     docx_bentuk_ubah=dict(font="DejaVu Sans", pt=8, lanskap=False, margin=12, lebar_pelaksana=13, lebar_mutu=(30, 14, 22), lebar_ket=16, nama_pecah={"Pemohon": "Pemo-\nhon", "Unit Terkait": "Unit\nTerkait"}, nomor_kolom=False, maks_per_halaman=99,
                           hdr=H(no="NO", keg="URAIAN KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="PERSYARATAN", wkt="WAKTU", out="OUTPUT", ket="KET"), kal_dx=-0.9),
     rusak=[("html", "foto", dict(hal=1, mp=12, q=80)), ("docx_bentuk", "pindai", dict(dpi=150, miring=1.5, stempel=False, abu=True))]),
 "dukcapil-palangkaraya-akta-kelahiran": dict(
     lanskap=False, kertas="A4", margin=15, font="Liberation Serif", pt=10, hdr=H1, nama_pecah={}, nomor_kolom=False, daftar="polos",
     keluaran=["html"], rusak=[("html", "pindai", dict(dpi=200, miring=0.4, stempel=True))]),
 "rekaan-c-diskominfo-permintaan-data": dict(
     lanskap=True, kertas="F4", margin=10, font="Liberation Sans", pt=7.5, lebar_pelaksana=15, lebar_mutu=(30, 17, 28), lebar_ket=12,
     hdr=H(keg="Uraian Kegiatan", pel="Pelaksana", kel="Persyaratan/ Kelengkapan", ket="Ket."),
     nama_pecah={"Petugas PST": "Petugas\nPST", "Staf Seksi Statistik": "Staf Seksi\nStatistik", "Kasi Statistik": "Kasi\nStatistik", "Kabid Statistik": "Kabid\nStatistik", "Sekretaris Dinas": "Sekretaris\nDinas", "Kepala Dinas": "Kepala\nDinas", "Pengelola Portal": "Pengelola\nPortal"},
     nomor_kolom=True, garis=0.3, maks_per_halaman=6, daftar="huruf", arsir="#dddddd", tepi_tebal=0.8, kal_dx=-0.9,
     keluaran=["html", "docx_bentuk"],
     docx_bentuk_ubah=dict(font="Liberation Serif", pt=8, lebar_pelaksana=17, lebar_mutu=(32, 19, 30), lebar_ket=14, nomor_kolom=False, maks_per_halaman=7, daftar="angka"),
     rusak=[("html", "pindai", dict(dpi=150, miring=-1.0, stempel=True)), ("html", "foto", dict(hal=3, mp=12, q=80)), ("docx_bentuk", "foto", dict(hal=2, mp=8, q=82))]),
 "rekaan-d-kecamatan-ahli-waris": dict(
     lanskap=True, kertas="A4", margin=12, font="Carlito", pt=9, hdr=H(keg="Uraian Prosedur", ket="Ket"), nama_pecah={"Kasi Pemerintahan": "Kasi\nPemerintahan", "Sekretaris Camat": "Sekretaris\nCamat"},
     nomor_kolom=True, garis=0.3, daftar="butir", xl_keg=38, xl_pelaksana=11, xl_mutu=(22, 10, 20), xl_ket=7,
     keluaran=["xlsx_bentuk"], rusak=[("xlsx_bentuk", "pindai", dict(dpi=200, miring=1.1, stempel=True)), ("xlsx_bentuk", "foto", dict(hal=2, mp=12, q=78))]),
 "smpn2-kebakkramat-mutasi": dict(
     lanskap=False, kertas="A4", margin=18, font="Liberation Serif", pt=11, lebar_pelaksana=22, lebar_mutu=(30, 16, 28), lebar_ket=0,
     hdr=H(no="NO", keg="KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT"), nama_pecah={},
     nomor_kolom=False, garis=0.4, tepi_tebal=1.2,
     keluaran=["html"], rusak=[("html", "foto", dict(hal=1, mp=8, q=80))]),
}
