def L(keg, pel, kel=None, wkt=None, out=None, ket=None, kep=None):
    return dict(kegiatan=keg, pelaksana=pel, kelengkapan=kel, waktu_teks=wkt, output=out, keterangan=ket, kep=kep)
