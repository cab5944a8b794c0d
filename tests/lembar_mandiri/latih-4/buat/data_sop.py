# -*- coding: utf-8 -*-
"""Transkripsi SOP untuk latih-4 (dan tertahan-2). Langkah: L(kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep)
kep: None | dict(tidak=n|'selesai', ya=n|None). Nama pelaksana ditulis persis seperti tercetak di kepala kolom."""

from data_sop_dasar import L  # noqa
def _L_lama(keg, pel, kel=None, wkt=None, out=None, ket=None, kep=None):
    return dict(kegiatan=keg, pelaksana=pel, kelengkapan=kel, waktu_teks=wkt, output=out, keterangan=ket, kep=kep)

SOP = []

SOP.append(dict(
    id="bkpsdm-rohil-duk", bagian="latih", status="nyata-sebagian",
    kantor="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Rokan Hilir", jenis_kantor="badan pemda",
    sumber="https://id.scribd.com/document/390047813/Permen-ESDM-Nomor-2-Tahun-2018",
    kop=["PEMERINTAH KABUPATEN ROKAN HILIR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
    nama_sop="PENYUSUNAN DAFTAR URUT KEPANGKATAN (DUK)", nomor_sop=None,
    tanggal=[("Tanggal Pembuatan", "20 Februari 2018"), ("Tanggal Revisi", "-"), ("Tanggal Efektif", "28 Februari 2018")],
    disahkan=["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA", "KABUPATEN ROKAN HILIR", "", "H. ROY AZLAN, AP., M.Si", "NIP. 19750413 199503 1 002"],
    label_kual="Kualifikasi Pendidikan", label_catat="Pencatatan / Pendataan",
    identitas=dict(
        dasar_hukum=["Undang-Undang No. 8 Tahun 1974 Jo Undang-Undang No. 43 Tahun 1999 Tentang Pokok-Pokok Kepegawaian;",
                     "Undang-Undang No. 5 Tahun 2014 Tentang Aparatur Sipil Negara;",
                     "Peraturan Pemerintah No. 15 Tahun 1979 Tentang Daftar Urut Kepangkatan (DUK)",
                     "Surat Edaran BAKN No. 03/SE/1980 Tentang Daftar Urut Kepangkatan (DUK) Pegawai Negeri Sipil"],
        kualifikasi_pelaksana=["S1", "SLTA"],
        keterkaitan=["SAPK", "SK Kenaikan Pangkat", "SK Kenaikan Gaji Berkala", "SK Mutasi"],
        peralatan=["Berkas /Data PNS", "Komputer", "Kertas", "Printer", "Harddisk/CD (Softcopy)"],
        peringatan=["Jika SOP Daftar Urut Kepangkatan (DUK) tidak dilaksanakan Keseragaman dan kelancaran dalam pelaksanaan kinerja PNS tidak dapat terjamin"],
        pencatatan=["Mengontrol Data PNS"]),
    pelaksana=["Staf", "Kasubbag Ketatausahaan", "Sekretaris", "Kepala Badan"],
    langkah=[
        L("Pendataan PNS", "Staf", "1. Berkas / Data PNS\n2. ATK", "180 menit", "Rekapitulasi Data"),
        L("Pengetikan dan Penyusunan Daftar Urut Kepangkatan (DUK) sesuai format", "Staf", "1. Kertas\n2. Komputer\n3. ATK\n4. Rekapitulasi Data", "480 menit", "Draf Daftar Urut Kepangkatan (DUK)"),
        L("Verifikasi Draft Daftar Urut kepangkatan (DUK) & Surat Pengantar pada Kasubbag Ketatausahaan", "Kasubbag Ketatausahaan", "1. Draft Daftar Urut Kepangkatan (DUK)\n2. ATK", "60 Menit", "Draft Daftar Urut Kepangkatan (DUK) dan Surat Pengantar yang sudah di verifikasi"),
    ],
    catatan="Kutipan scribd (judul dokumen keliru 'Permen ESDM Nomor 2 Tahun 2018', 3 halaman) memuat identitas lengkap dan langkah 1-4; langkah 4 ('Pengembalian Draft DUK dan surat pengantar yang telah di v...') terpotong sehingga hanya langkah 1-3 dipakai. Kolom Sekretaris dan Kepala Badan tetap tercetak walau tidak berisi simbol (kolom kosong). Label identitas 'Kualifikasi Pendidikan' dan 'Pencatatan / Pendataan' seperti sumber. Nomor SOP kosong di sumber. Kolom simbol dari kalimat kegiatan (langkah 3 'pada Kasubbag Ketatausahaan').",
))

SOP.append(dict(
    id="fkmui-peminjaman-fasilitas", bagian="latih", status="nyata-prosedur",
    kantor="Fakultas Kesehatan Masyarakat Universitas Indonesia (data SIPPN)", jenis_kantor="universitas",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8195625/fakultas-kesehatan-masyarakat/pengelolaan-peminjaman-fasilitas",
    kop=["UNIVERSITAS INDONESIA", "FAKULTAS KESEHATAN MASYARAKAT"],
    nama_sop="Pengelolaan Peminjaman Fasilitas", nomor_sop=None, identitas=None,
    pelaksana=["Pengguna", "Unit Adum", "Wakil Dekan II / Manajer Umum", "Koordinator PPF"],
    langkah=[
        L("Pengguna mengajukan dan menyerahkan surat peminjaman kepada:\n- Unit Adum, Jika surat ditujukan kepada Wakil Dekan II\n- Koordinator PPF, Jika surat ditujukan kepada Manager umum/ Koordinator PPF", "Pengguna", "Surat Permohonan"),
        L("Unit Adum menerima dan mendistribusikan surat peminjaman (masuk) kepada Wakil Dekan II", "Unit Adum", "Surat peminjaman"),
        L("Wakil Dekan II atau Manajer Umum/ Koordinator PPF mengeluarkan disposisi", "Wakil Dekan II / Manajer Umum", None, None, "Disposisi", "Tidak menyetujui, Proses selesai", kep=dict(tidak="selesai")),
        L("Menerima Disposisi surat dari pihak yang terkait", "Koordinator PPF", "Disposisi"),
    ],
    catatan="Standar pelayanan SIPPN (No. SK 409/SK/F10.D/UI/2022): prosedur butir 1-4 terbaca (kutipan terpotong setelah 'Menyetujui, Masuk proses'). Butir 1 sumber ('Menerima Disposisi surat dari pihak yang terkait') ditaruh sebagai langkah terakhir oleh Koordinator PPF (ditafsirkan: butir itu menerima disposisi setelah keputusan). Keputusan langkah 3: 'Tidak menyetujui, Proses selesai' (Tidak mengakhiri proses). Persyaratan/Output dari daftar persyaratan layanan. Tanpa halaman identitas.",
))

SOP.append(dict(
    id="ung-formasi-pegawai-administrasi", bagian="latih", status="nyata-prosedur",
    kantor="Universitas Negeri Gorontalo (Subbag Tenaga Administrasi, Bagian Kepegawaian)", jenis_kantor="universitas",
    sumber="http://docplayer.info/436633-Sop-1-subag-tenaga-administrasi.html",
    kop=["UNIVERSITAS NEGERI GORONTALO", "BIRO ADMINISTRASI UMUM DAN KEUANGAN"],
    nama_sop="PERENCANAAN KEBUTUHAN FORMASI PEGAWAI ADMINISTRASI", nomor_sop=None, identitas=None,
    pelaksana=["MENDIKNAS", "PR II", "KEPALA BAUK", "KABAG KEPEG", "KASUBAG ADM", "BIRO KEPEG SETJEN & DITJEN DIKTI"],
    langkah=[
        L("Mendiknas mengirimkan surat dan format-format tentang rencana kebutuhan formasi pegawai administrasi.", "MENDIKNAS"),
        L("Pembantu Rektor II menerima surat dan format-format tentang rencana kebutuhan formasi pegawai administrasi.", "PR II"),
        L("Pembantu Rektor II memberikan disposisi kepada Kepala BAUK.", "PR II"),
        L("Kepala BAUK meneruskan isi disposisi kepada Kabag Kepegawaian untuk ditindaklanjuti.", "KEPALA BAUK"),
        L("Kabag Kepegawaian menerima disposisi dan menindaklanjuti dengan melakukan pendataan pegawai:\n1) pangkat/golongan\n2) meninggal dunia\n3) jabatan\n4) usia\n5) jenis kelamin\n6) pendidikan dll", "KABAG KEPEG"),
        L("Kasubag. Administrasi melakukan pengisian format-format sesuai dengan hasil pendataan.", "KASUBAG ADM"),
        L("Kepala BAUK membubuhkan paraf.", "KEPALA BAUK"),
        L("Kabag. Kepegawaian meneliti kembali data-data dalam format isian dan mengirim ke PR II untuk ditandatangani.", "KABAG KEPEG"),
        L("Pembantu Rektor II menyetujui dan menandatangani usulan Rencana Kebutuhan Formasi Pegawai Administrasi.", "PR II"),
        L("Kabag. Kepegawaian mengirimkan berkas rencana kebutuhan formasi pegawai administrasi.", "KABAG KEPEG"),
        L("Biro Kepegawaian Setjen dan Ditjen Dikti menerima rencana kebutuhan formasi pegawai administrasi", "BIRO KEPEG SETJEN & DITJEN DIKTI"),
    ],
    catatan="SOP naratif UNG (butir a-k 'Prosedur') ditata ke bagan SOP AP; 11 butir lengkap di kutipan docplayer. Nama pelaksana disingkat huruf besar dari kalimat butir (MENDIKNAS, PR II = Pembantu Rektor II, KEPALA BAUK, KABAG KEPEG, KASUBAG ADM, BIRO KEPEG SETJEN & DITJEN DIKTI). Tanpa mutu baku (sumber tidak memberi). Tanpa keputusan.",
))

SOP.append(dict(
    id="man2yogya-pengganti-ijazah", bagian="latih", status="nyata-prosedur",
    kantor="MAN 2 Yogyakarta (Kementerian Agama)", jenis_kantor="madrasah",
    sumber="https://man2yogyakarta.sch.id/page/standar-pelayanan-surat-keterangan-pengganti-ijazah-hilangrusakkesalahan-penulisan",
    kop=["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "MADRASAH ALIYAH NEGERI 2 YOGYAKARTA"],
    nama_sop="Surat Keterangan Pengganti Ijazah Hilang/Rusak/Kesalahan Penulisan", nomor_sop=None, identitas=None,
    pelaksana=["Pengguna Layanan", "Petugas Layanan"],
    langkah=[
        L("Pengguna layanan mengisi formulir permohonan dan menyerahkan kelengkapan dokumen persyaratan", "Pengguna Layanan", "Formulir permohonan, fotocopy ijazah, surat keterangan alumni, SPTJM, fotocopy KTP, pasfoto 3x4"),
        L("Pengguna layanan menerima bukti tanda terima penyerahan dokumen", "Pengguna Layanan", None, None, "Bukti tanda terima"),
        L("Pengguna layanan menunggu proses verifikasi dan validasi kelengkapan dokumen persyaratan", "Petugas Layanan", "Dokumen persyaratan", kep=dict(tidak=4, ya=5)),
        L("Apabila dokumen persyaratan tidak lengkap, pengguna layanan melengkapi dokumen persyaratan", "Pengguna Layanan"),
        L("Pengguna layanan menunggu proses perbaikan ijazah/rusak/kesalahan penulisan", "Petugas Layanan"),
        L("Pengguna layanan menerima surat keterangan kerusakan/kehilangan/kesalahan penulisan yang diketahui oleh Kepala Kantor Kementerian Agama Kab/Kota setempat", "Pengguna Layanan", None, None, "Surat keterangan"),
        L("Pengguna layanan membubuhkan cap tiga jari tangan kiri", "Pengguna Layanan"),
        L("Pengguna layanan meminta tandatangan Kepala Kantor Kementerian Agama Kab/Kota setempat.", "Pengguna Layanan", None, "14 hari kerja"),
    ],
    catatan="Standar pelayanan (komponen 'Sistem, Mekanisme, Prosedur' 8 butir) ditata ke bagan SOP AP. Pelaksana dua kolom: Pengguna Layanan dan Petugas Layanan (langkah menunggu verifikasi/perbaikan ditaruh di kolom petugas; ditafsirkan). Keputusan langkah 3 (verifikasi): Ya melompat ke 5, Tidak ke 4 ('Apabila dokumen persyaratan tidak lengkap...'). Persyaratan langkah 1 diringkas dari daftar persyaratan. Jangka waktu '14 hari kerja' (total layanan) ditulis di langkah terakhir (ditafsirkan). Tanpa halaman identitas.",
))

SOP.append(dict(
    id="man2yogya-legalisasi-akreditasi", bagian="latih", status="nyata-prosedur",
    kantor="MAN 2 Yogyakarta (Kementerian Agama)", jenis_kantor="madrasah",
    sumber="https://man2yogyakarta.sch.id/page/standar-pelayanan-legalisasi-sertifikat-akreditasi-madrasah",
    kop=["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "MADRASAH ALIYAH NEGERI 2 YOGYAKARTA"],
    nama_sop="Legalisasi Sertifikat Akreditasi Madrasah", nomor_sop=None,
    tanggal=[("Tanggal Pembuatan", ""), ("Tanggal Revisi", ""), ("Tanggal Efektif", "")],
    disahkan=["Kepala Madrasah", "", "", "NIP."],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional;",
                     "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                     "Peraturan Pemerintah Nomor 57 Tahun 2021 tentang Standar Nasional Pendidikan;",
                     "Peraturan Menteri Agama Nomor 90 Tahun 2013 tentang Penyelenggaraan Pendidikan Madrasah;"],
        kualifikasi_pelaksana=[], keterkaitan=[], peralatan=[], peringatan=[], pencatatan=[]),
    pelaksana=["Pengguna Layanan", "Petugas Layanan"],
    langkah=[
        L("Pengguna layanan menyerahkan persyaratan kepada petugas layanan;", "Pengguna Layanan", "Fotocopy Sertifikat Akreditasi Madrasah sebanyak 1 lembar."),
        L("Penggunan layanan menunggu proses legalisasi;", "Petugas Layanan", None, "30 menit"),
        L("Pengguna layanan menerima dokumen yang telah dilegalisasi.", "Pengguna Layanan", None, None, "Fotocopy Sertifikat Akreditasi Madrasah yang telah dilegalisasi"),
    ],
    catatan="Standar pelayanan legalisasi sertifikat akreditasi (3 butir prosedur, jangka waktu 30 menit, produk) ditata ke SOP AP dengan identitas di halaman yang sama. Dasar Hukum: butir 1-4 dari 7 komponen 'Dasar Hukum' standar pelayanan (butir 5-7 sangat panjang/terpotong, tidak dipakai). Kualifikasi dsb. kosong; Nomor SOP, tanggal dan nama pengesah kosong (tidak ada di sumber). 'Penggunan' (salah ketik) dipertahankan. Waktu 30 menit ditaruh di langkah legalisasi (ditafsirkan).",
))

SOP.append(dict(
    id="rekaan-e-bpkad-sp2d", bagian="latih", status="rekaan",
    kantor="(rekaan) Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="rekaan (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH"],
    nama_sop="Penerbitan Surat Perintah Pencairan Dana (SP2D)", nomor_sop="900/SOP-BPKAD/07/2024",
    tanggal=[("Tanggal Pembuatan", "2 Januari 2024"), ("Tanggal Revisi", "15 Juli 2024"), ("Tanggal Efektif", "1 Agustus 2024")],
    disahkan=["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah", "", "Drs. CONTOH SANTOSO, M.Si", "NIP. 19700101 199503 1 001"],
    butir_kual="huruf", butir_alat="tanpa",
    identitas=dict(
        dasar_hukum=["Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah",
                     "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah",
                     "Peraturan Bupati Contoh Nomor 5 Tahun 2023 tentang Sistem dan Prosedur Pengelolaan Keuangan Daerah"],
        kualifikasi_pelaksana=["Pendidikan minimal D3/S1 Akuntansi atau Manajemen", "Memahami aplikasi SIPD", "Memiliki sertifikat Bendahara/PPK"],
        keterkaitan=["SOP Verifikasi SPM", "SOP Pengelolaan Kas Daerah"],
        peralatan=["Komputer dan jaringan internet", "Aplikasi SIPD", "Printer", "Buku register SP2D"],
        peringatan=["Apabila SOP tidak dilaksanakan, pencairan dana terlambat dan dapat menimbulkan temuan pemeriksaan."],
        pencatatan=["Register SP2D", "Arsip SPM dan SP2D"]),
    pelaksana=["OPERATOR LOKET", "VERIFIKATOR", "KASUBID PERBEN", "KABID PERBEN", "KEPALA BPKAD"],
    maks_per_halaman=[4, 4, 5],
    langkah=[
        L("Menerima berkas SPM dari OPD beserta kelengkapannya dan mencatat dalam buku register", "OPERATOR LOKET", "Berkas SPM", "15 menit", "Register SPM"),
        L("Memeriksa kelengkapan administrasi berkas SPM sesuai daftar periksa", "VERIFIKATOR", "Daftar periksa", "30-60 menit", "Berkas terperiksa"),
        L("Menguji kebenaran perhitungan tagihan, ketersediaan pagu anggaran dan dokumen pendukung", "VERIFIKATOR", "SPM, SPP, DPA", "1 jam", "Hasil pengujian"),
        L("Membuat catatan hasil verifikasi dan menyerahkan berkas kepada Kasubid Perbendaharaan", "VERIFIKATOR", None, "15 menit", "Catatan verifikasi"),
        L("Meneliti hasil verifikasi; apabila terdapat kekurangan, berkas dikembalikan kepada verifikator untuk diuji ulang bersama OPD pengaju", "KASUBID PERBEN", "Catatan verifikasi", "30 menit", "Berkas diparaf", kep=dict(tidak=2)),
        L("Menyiapkan konsep SP2D pada aplikasi SIPD", "OPERATOR LOKET", "Aplikasi SIPD", "20 menit", "Konsep SP2D"),
        L("Memeriksa konsep SP2D terhadap SPM", "KASUBID PERBEN", "Konsep SP2D", "15 menit", "Konsep SP2D diparaf", kep=dict(tidak=6)),
        L("Memaraf konsep SP2D", "KABID PERBEN", None, "10 menit", "Paraf"),
        L("Menilai apakah nilai SP2D melebihi batas kewenangan Kabid", "KASUBID PERBEN", None, "5 menit", None, "Ya: langsung ditandatangani Kepala Badan", kep=dict(tidak=10, ya=11)),
        L("Menandatangani SP2D atas nama Kepala Badan", "KABID PERBEN", None, "10 menit", "SP2D ditandatangani"),
        L("Menandatangani SP2D", "KEPALA BPKAD", None, "1 x 24 jam", "SP2D ditandatangani"),
        L("Mengirim SP2D ke Bank Persepsi melalui aplikasi dan memeriksa status pencairan", "OPERATOR LOKET", "SP2D", "1 hari", "Bukti kirim", kep=dict(tidak="selesai")),
        L("Mengarsipkan SP2D dan SPM", "OPERATOR LOKET", None, "10 menit", "Arsip"),
    ],
    catatan="REKAAN untuk menutup tata letak yang jarang di sumber: 13 langkah, 5 pelaksana disingkat huruf besar, 3 halaman bagan + identitas; Tidak kembali 3 langkah lintas halaman (5 -> 2, penghubung berhuruf), Tidak dari sudut kiri belah ketupat naik (7 -> 6), Ya melompat (9 -> 11, Tidak ke 10), Tidak mengakhiri proses (12); kualifikasi berhuruf a., b., c.; peralatan tanpa nomor (dipisah baris); waktu '30-60 menit', '1 x 24 jam', '1 hari'.",
))

# SOP bagian tertahan disimpan terpisah (tertahan-2-set/buat/data_tertahan.py), dimuat bila ada
import os as _os, sys as _sys
_p = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "tertahan-2-set", "buat")
if _os.path.exists(_os.path.join(_p, "data_tertahan.py")):
    _sys.path.insert(0, _p)
    import data_tertahan as _dt
    SOP += _dt.SOP
