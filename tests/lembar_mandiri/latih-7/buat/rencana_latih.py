# -*- coding: utf-8 -*-
"""Rencana render + kerusakan latih-7: (rantai, varian, [kerusakan])."""
from konst import *  # noqa
RENCANA = {
 "disdukcapil-wonogiri-akta-kematian": [
   ("chr", dict(kertas=A4P, font="Liberation Sans", pt=8, kepala=KEP_C, kepala_baris=3, shade=True, w_pel=15, w_kel=20, w_wkt=11, w_out=16, w_ket=11),
    [dict(jenis="pindai", dpi=200, miring=-1.2, mode="abu", gen2=True, png=[1], seed=711),
     dict(jenis="foto", hal=1, mp=12, hangat=True, sudut=True, q=78, seed=712)]),
   ("wk", dict(kertas=A4L, font="Carlito", pt=9, kepala=KEP_D, tidak_kiri=True, w_pel=24, w_kel=32, w_out=28),
    [dict(jenis="pindai", dpi=150, miring=1.8, mode="warna", lubang=True, seed=713),
     dict(jenis="foto", hal=1, mp=8, gerak=True, putar=90, q=74, seed=714)]),
   ("docx", dict(kertas=A4L, font="Liberation Serif", pt=9, kepala=KEP_C, w_pel=22, w_kel=30, w_out=26, simpan=True),
    [dict(jenis="pindai", dpi=300, miring=0.6, mode="bw", gen2=True, toner=True, png=[1], seed=715),
     dict(jenis="foto", hal=1, mp=12, kecil=True, q=85, seed=716)]),
 ],
 "kec-pendopo-barat-pindah-keluar": [
   ("chr", dict(kertas=A4L, font="Liberation Sans", pt=9, pt_id=9, ident=True, logo=True, kepala=KEP_A, kepala_baris=3, shade=True, kaki_hal=True, w_pel=24, w_kel=34, w_out=32, w_ket=22),
    [dict(jenis="pindai", dpi=200, miring=0.9, mode="abu", gen2=True, stempel=(1, "Disahkan"), png=[1, 2], seed=721),
     dict(jenis="foto", hal=1, mp=12, stempel=(1, "Disahkan"), hangat=True, q=80, seed=722),
     dict(jenis="foto", hal=2, mp=8, gerak=True, q=76, seed=723)]),
   ("wk", dict(kertas=A4L, font="DejaVu Sans", pt=8, pt_id=8, ident="satu", logo=True, kepala=KEP_B, w_pel=22, w_kel=30, w_out=26),
    [dict(jenis="pindai", dpi=300, miring=-2.3, mode="bw", lipat=True, lubang=True, stempel=(1, "Disahkan"), png=[1], seed=724),
     dict(jenis="foto", hal=1, mp=12, sudut=True, putar=270, q=83, seed=725)]),
   ("xlsx", dict(kertas=A4L, font="Carlito", pt=10, kepala=KEP_E, shade=True, w_pel=22, w_kel=34, simpan=True),
    [dict(jenis="foto", hal=2, mp=12, hangat=True, sudut=True, q=77, seed=726)]),
 ],
 "dispenduk-probolinggo-lahir-mati": [
   ("chr", dict(kertas=A4L, font="Liberation Serif", pt=8.5, kepala=KEP_D, shade=True, kaki_hal=True, w_pel=22, w_kel=30, w_out=26, w_ket=22),
    [dict(jenis="pindai", dpi=150, miring=2.4, mode="warna", lipat=True, png=[1, 2], seed=731),
     dict(jenis="foto", hal=2, mp=8, putar=180, q=72, seed=732)]),
   ("chrm", dict(kertas=A4L, font="Liberation Sans", pt=7.5, kepala=KEP_C, w_pel=20, w_kel=26, w_wkt=12, w_out=22, w_ket=16),
    [dict(jenis="pindai", dpi=200, miring=0.9, mode="abu", gen2=True, tepi=True, png=[2], seed=733),
     dict(jenis="foto", hal=1, mp=12, hangat=True, gerak=True, q=82, seed=734)]),
   ("docxk", dict(kertas=A4L, font="Carlito", pt=8.5, kepala=KEP_E, w_pel=24, w_kel=34, simpan=True),
    [dict(jenis="foto", hal=1, mp=12, tangan=True, q=88, seed=735)]),
 ],
 "rekaan-j-univ-pengganti-ijazah": [
   ("chr", dict(kertas=A4L, font="Liberation Sans", pt=8, pt_id=8.5, ident=True, logo=True, kepala=KEP_A, kepala_baris=3, shade=True, kaki_hal=True, w_pel=18, w_kel=24, w_wkt=13, w_out=22, w_ket=17),
    [dict(jenis="pindai", dpi=300, miring=1.4, mode="bw", stempel=(1, "Disahkan"), lubang=True, toner=True, png=[1, 3], seed=741),
     dict(jenis="foto", hal=2, mp=12, hangat=True, sudut=True, q=76, seed=742),
     dict(jenis="foto", hal=1, mp=8, stempel=(1, "Disahkan"), kecil=True, q=80, seed=743)]),
   ("wk", dict(kertas=A4L, font="Caladea", pt=8.5, pt_id=8.5, ident="atas", logo=True, kepala=KEP_B, kaki_hal=True, w_pel=24, w_kel=30, w_wkt=14, w_out=26, w_ket=20),
    [dict(jenis="pindai", dpi=200, miring=-1.8, mode="abu", gen2=True, png=[2], seed=744),
     dict(jenis="foto", hal=3, mp=12, gerak=True, putar=90, q=79, seed=745)]),
   ("docx", dict(kertas=A4L, font="Liberation Sans", pt=8, ident=True, kepala=KEP_C, shade=True, w_pel=22, w_kel=28, w_wkt=14, w_out=24, w_ket=18),
    [dict(jenis="foto", hal=1, mp=8, q=86, seed=746)]),
 ],
}
