# -*- coding: utf-8 -*-
"""Varian tata letak per SOP (ditulis tangan, deterministik)."""
H1 = dict(no="No", keg="Kegiatan", pel="Pelaksana", mutu="Mutu Baku", kel="Kelengkapan", wkt="Waktu", out="Output", ket="Keterangan")
def H(**k): d = dict(H1); d.update(k); return d

VARIAN = {
 "disdik-bandung-permohonan-informasi": dict(lanskap=False, margin=12, font="Liberation Sans", pt=8, lebar_pelaksana=22, lebar_mutu=(30, 15, 30), lebar_ket=13,
     hdr=H(no="NO", keg="KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET"), nama_pecah={"Petugas Pengelola Dokumen": "Petugas\nPengelola\nDokumen", "Staf Pengelola Informasi": "Staf\nPengelola\nInformasi"},
     nomor_kolom=False, garis=0.3, huruf_besar=True, keluaran=["writer", "pindai", "foto"], pindai=dict(dpi=200, miring=-0.8, stempel=True), foto=[1]),
 "setwan-jogja-penerimaan-tamu": dict(lanskap=True, margin=10, font="Carlito", pt=8, lebar_pelaksana=16, lebar_mutu=(30, 15, 40), lebar_ket=22,
     hdr=H(keg="Proses/tahapan pelaksanaan kegiatan", kel="Persyaratan"), nama_pecah={"Kabag Perundang-undangan & Humas": "Kabag\nPerundang\n-undangan\n& Humas", "Kabag Umum": "Kabag\nUmum", "Pimp. DPRD": "Pimp.\nDPRD"},
     nomor_kolom=True, garis=0.25, keluaran=["calc", "pindai", "foto"], pindai=dict(dpi=150, miring=1.2, stempel=True), foto=[2]),
 "uinsa-kenaikan-gaji-berkala": dict(lanskap=False, margin=15, font="Liberation Serif", pt=8.5, lebar_pelaksana=14, lebar_mutu=(18, 13, 22), lebar_ket=9,
     hdr=H(keg="Aktifitas", kel="Syarat/Keleng.", ket="Ket"), nama_pecah={}, nomor_kolom=False, garis=0.3, titik_no=False,
     keluaran=["writer", "pindai"], pindai=dict(dpi=300, miring=0.5, stempel=False)),
 "sekolah-pengajuan-kgb": dict(lanskap=False, margin=12, font="Liberation Sans", pt=8, lebar_pelaksana=15, lebar_mutu=(30, 14, 32), lebar_ket=10,
     hdr=H(no="NO", keg="KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET"), nama_pecah={},
     nomor_kolom=False, garis=0.3, keluaran=["calc", "foto"], foto=[1]),
 "dinas-perizinan-teguran": dict(lanskap=True, margin=10, font="Liberation Sans", pt=7.5, lebar_pelaksana=19, lebar_mutu=(32, 14, 30), lebar_ket=20,
     hdr=H(no="NO", keg="URAIAN PROSEDUR", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KETERANGAN"), nama_pecah={"PETUGAS PERIZINAN": "PETUGAS\nPERIZINAN", "Kasie Pengaduan": "Kasie\nPengaduan"},
     nomor_kolom=True, garis=0.3, maks_per_halaman=3, keluaran=["calc", "pindai"], pindai=dict(dpi=200, miring=-1.5, stempel=False)),
 "pa-banjarnegara-pendaftaran-perkara": dict(lanskap=False, margin=12, font="DejaVu Sans", pt=7.5, lebar_pelaksana=19, lebar_mutu=(22, 13, 22),
     hdr=H(keg="Uraian Kegiatan", pel="Pelaksana Kegiatan"), nama_pecah={"Penggugat / Pemohon atau Kuasanya": "Penggugat /\nPemohon\natau\nKuasanya"},
     nomor_kolom=False, garis=0.35, titik_no=True, maks_per_halaman=5, keluaran=["writer", "foto"], foto=[2]),
 "pkm-muara-basung-pendaftaran": dict(lanskap=True, margin=12, font="Carlito", pt=9, lebar_pelaksana=28, lebar_mutu=(45, 18, 35), lebar_ket=30,
     hdr=H(keg="Aktivitas"), nama_pecah={}, nomor_kolom=True, garis=0.3, keluaran=["pindai"], pindai=dict(dpi=150, miring=-0.6, stempel=False, bw=True)),
 "kec-seisuka-sktm": dict(lanskap=True, margin=10, font="Liberation Sans", pt=7.5, lebar_pelaksana=12, lebar_mutu=(38, 13, 30), lebar_ket=16,
     hdr=H(keg="URAIAN KEGIATAN", pel="PELAKSANA", mutu="MUTU BAKU", kel="KELENGKAPAN", wkt="WAKTU", out="OUTPUT", ket="KET."), nama_pecah={}, putar=True,
     nomor_kolom=False, garis=0.3, keluaran=["writer", "pindai", "foto"], pindai=dict(dpi=300, miring=1.8, stempel=False), foto=[1]),
 "kota-banjarmasin-legalisasi-sktm": dict(lanskap=False, margin=12, font="Caladea", pt=7.5, lebar_pelaksana=17, lebar_mutu=(32, 11, 24), lebar_ket=11,
     hdr=H(keg="Uraian Kegiatan", kel="Persyaratan/ Kelengkapan", ket="Ket."), nama_pecah={"Sekretaris Kecamatan": "Sekretaris\nKecamatan", "Kasi Kecamatan": "Kasi\nKecamatan", "Petugas Loket": "Petugas\nLoket"},
     nomor_kolom=True, garis=0.3, keluaran=["calc", "pindai"], pindai=dict(dpi=200, miring=0.9, stempel=False)),
 "pa-pangkalanbun-pendaftaran-perkara": dict(lanskap=True, margin=12, font="Liberation Serif", pt=8, lebar_pelaksana=20, lebar_mutu=(34, 14, 28), lebar_ket=18,
     hdr=H(), nama_pecah={"Jurusita/Jurusita Pengganti": "Jurusita/\nJurusita\nPengganti", "Petugas Meja I": "Petugas\nMeja I", "Petugas Meja II": "Petugas\nMeja II", "Pencari Keadilan": "Pencari\nKeadilan"},
     nomor_kolom=False, garis=0.3, keluaran=["writer", "foto"], foto=[1]),
 "rekaan-a-perkim-rekomendasi-psu": dict(lanskap=True, margin=10, font="Liberation Sans", pt=7, lebar_pelaksana=14.5, lebar_mutu=(28, 15, 26), lebar_ket=14,
     hdr=H(keg="Uraian Kegiatan", pel="Pelaksana", kel="Persyaratan/ Kelengkapan", ket="Ket."), nama_pecah={"Petugas Loket": "Petugas\nLoket", "Staf Teknis": "Staf\nTeknis", "Tim Verifikasi": "Tim\nVerifi-\nkasi", "Kabid PSU": "Kabid\nPSU", "Sekretaris Dinas": "Sekre-\ntaris\nDinas", "Kepala Dinas": "Kepala\nDinas", "Kasi PSU": "Kasi\nPSU", "Pengembang": "Pengem-\nbang"},
     nomor_kolom=True, garis=0.3, maks_per_halaman=6, huruf_besar=True, keluaran=["writer", "calc", "pindai", "foto"], pindai=dict(dpi=300, miring=-1.1, stempel=True), foto=[1, 3]),
}
