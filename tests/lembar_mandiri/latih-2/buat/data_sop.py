# -*- coding: utf-8 -*-
"""Transkripsi SOP untuk latih-2. Setiap langkah: (kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep)
kep: None | dict(tidak=n|None|'selesai', ya=n|None)."""

def L(keg, pel, kel=None, wkt=None, out=None, ket=None, kep=None):
    return dict(kegiatan=keg, pelaksana=pel, kelengkapan=kel, waktu_teks=wkt, output=out, keterangan=ket, kep=kep)

SOP = []

SOP.append(dict(
    id="disdik-bandung-permohonan-informasi", status="nyata-sebagian",
    kantor="Dinas Pendidikan Kota Bandung (Sekretariat)", jenis_kantor="pemda-dinas",
    sumber="https://id.scribd.com/document/487067057/SOP-Permohonan-Informasi-Publik-doc",
    kop=["PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN", "SEKRETARIAT"],
    nama_sop="Permohonan Informasi Publik", nomor_sop="SOP AP-SEKRE-01",
    tanggal=[("TGL. PEMBUATAN", "01 September 2016"), ("NO. REVISI", "0"), ("TGL. EFEKTIF", "09 September 2016")],
    disahkan=["Kepala Dinas Pendidikan Kota Bandung", "", "Dr. H. Elih Sudiapermana, M.Pd", "NIP 19611114 198703 1001"],
    identitas=dict(
        dasar_hukum=["UU No. 14 Tahun 2008 Tentang Keterbukaan Informasi Publik",
                     "PP No. 61 Tahun 2010 Tentang Pelaksanaan UU Nomor 14 Tahun 2008",
                     "PerKI No. 2 Tahun 2010 Tentang Standar Layanan Informasi Publik",
                     "Perwal No. 1352 Tahun 2014 Tentang Pedoman Pelayanan Informsi dan Dokumentasi di Lingkungan Pemerintah Kota Bandung"],
        kualifikasi_pelaksana=["Menguasai Persyaratan Permohonan Infromasi Publik;",
                               "Menguasai Peaturan Perundang-undangan Tentang Keterbukaan Infromasi Publik."],
        keterkaitan=["SOP Keberatan atas Permohonan Informasi Publik"],
        peralatan=["Formulir Permohonan Informasi Publik", "Aplikasi Pencatatan Surat Masuk",
                   "Aplikasi Data Base Permohonan Infromasi Publik", "Telepon"],
        peringatan=["Apabila Pemohon Informasi tidak dapat melengkapi persyaratan maka badan publik wajib menolak permohonan informasi public",
                    "Apabila permohonan infromasi pubik tidak dijawab dalam waktu 7 hari kerja maka pemohon dapat melakukan keberatan atas permohonan informasi publik"],
        pencatatan=["Bukti Permohonan Informasi dicatat dalam aplikasi data base permohonan infromasi publik"]),
    judul_bagan="PROSEDUR PERMOHONAN INFORMASI PUBLIK",
    pelaksana=["Petugas Pengelola Dokumen", "Staf Pengelola Informasi", "PPID"],
    langkah=[
        L("Menerima Permohonan Infromasi Publik", "Petugas Pengelola Dokumen", "Buku Prosedur, Formulir Permohonan Infromasi Publik", "5 menit", "Pemohon Faham Prosedur"),
        L("Memeriksa Kelengkapan Dokumen Persayaratan Pemohon Informasi Publik", "Petugas Pengelola Dokumen", "Form Tanda Terima", "10 menit", "Formulir Permohonan & Form Tanda Terima", kep=dict(tidak=1)),
        L("Meregistrasi Permohonan Informasi Publik", "Staf Pengelola Informasi", "Aplikasi Surat Masuk, kertas", "10 menit", "Lembar Disposisi"),
    ],
    catatan="Lembar nyata 12 halaman; kutipan memuat halaman identitas lengkap dan bagan sampai langkah 3 (kata terakhir 'Informasi P' terpotong, dilengkapi 'Publik'). Hanya langkah 1-3 yang dipakai. Kepala kolom pelaksana teracak di teks: dibaca 'Petugas Pengelola Dokumen', 'Staf Pengelola Informasi', 'PPID' (ditafsirkan). Identitas mencetak 'NO. REVISI : 0' di tempat Tgl. Revisi (dipertahankan). Output langkah 1 dibaca 'Pemohon Faham Prosedur'. Langkah 2: label 'Tidak' terlihat di sumber; tujuannya (kembali ke langkah 1) ditafsirkan. Kolom simbol ditafsirkan. Salah ketik sumber (Infromasi, Persayaratan, Peaturan, pubik, Informsi) dipertahankan.",
))

SOP.append(dict(
    id="setwan-jogja-penerimaan-tamu", status="nyata-sebagian",
    kantor="Sekretariat DPRD Kota Yogyakarta", jenis_kantor="sekretariat-dprd",
    sumber="https://contohmodul.jagomart.net/item/14213/file-surat-konfirmasi-standar-operasional-prosedur-penerimaan-tamu-dprd-28-file-surat-konfirmasi (berkas DOC dari setwan.jogjakota.go.id)",
    kop=["SEKRETARIAT DPRD", "KOTA YOGYAKARTA"],
    nama_sop="Fasiltasi Penerimaan tamu DPRD.", nomor_sop=None,
    tanggal=[("Tanggal Pembuatan", ""), ("Tanggal Revisi", ""), ("Tanggal Pengesahan", "")],
    disahkan=["Plt. Sekretaris DPRD", "Ka. Bagian Administrasi Keuangan", "", "Prima Hastawan, S.Sos, MM.", "NIP 19710213 199703 1 005"],
    identitas=dict(
        dasar_hukum=["Peraturan Walikota Yogyakarta Nomor 67 Tahun 2016 tentang Fungsi, Rincian Tugas dan Tata Kerja Sekretariat DPRD Kota Yogyakarta."],
        kualifikasi_pelaksana=["S1;", "SMA/SMK."],
        keterkaitan=["SOP Penanganan Surat-surat di lingkungan Sekretariat DPRD Kota Yogyakarta."],
        peralatan=["Buku Penerimaan tamu;", "Buku Agenda kegiatan;", "Telephone;", "Peralatan dokumentasi."],
        peringatan=["Ketidakpastian jadwal/waktu dapat menyebabkan penerimaan tamu tidak berjalan lancar."],
        pencatatan=[]),
    label_kualifikasi="Kualifikasi Pelaksanaan",
    judul_bagan=None,
    pelaksana=["Staf", "Kasubbag", "Kabag Perundang-undangan & Humas", "Kabag Umum", "Sekwan", "Pimp. DPRD"],
    langkah=[
        L("DPRD menerima surat permohonan kunjungan dari pihak lain, kemudian di agendakan pada surat keluar dan masuk kepada Pimpinan DPRD", "Staf", "- buku agenda\n- lembar disposisi", "10 menit", "Surat permohonan yang sudah diberi lembar disposisi diajukan kepada Pimp. DPRD"),
        L("Pimpinan DPRD menerima surat permohonan dan memberikan disposisi/arahan kepada Sekretaris DPRD", "Pimp. DPRD", "- buku agenda\n- lembardisposisi", "2 hari", "Disposisi/arahan Pimpinan Dewan"),
        L("Sekretaris DPRD memberikan disposisi kepada Kepala Bagian untuk menindaklanjuti sesuai arahan Pimpinan DPRD", "Sekwan", "- buku agenda\n- lembar disposisi", "15 menit", "Disposisi/arahan Sekwan"),
        L("Kepala Bagian menugaskan Kepala Sub Bagian untuk mengkoordinasikan lebih lanjut baik di internal dan eksternal DPRD maupun dengan pihak-pihak yang mengajukan permohonan (konfirmasi).", "Kabag Perundang-undangan & Humas", "- lembar disposisi\n- telephone", "15 menit", "Konsep/rencana jadwal waktu dan narasumber (yg menerima)."),
    ],
    catatan="Berkas DOC nyata (setwan.jogjakota.go.id) lewat pratinjau jagomart; identitas lengkap, bagan terpotong di langkah 5 ('Rencana jadw...'), jadi hanya langkah 1-4 dipakai. Nomor SOP dan tanggal kosong di sumber. Baris nomor kolom 1-12 seperti sumber. Langkah 4 'Kepala Bagian' ditaruh di kolom 'Kabag Perundang-undangan & Humas' (ditafsirkan; sumber punya dua kolom Kabag). Kolom simbol lain dari subjek kalimat. Salah ketik 'Fasiltasi', 'lembardisposisi' dipertahankan.",
))

SOP.append(dict(
    id="uinsa-kenaikan-gaji-berkala", status="nyata-sebagian",
    kantor="UIN Sunan Ampel Surabaya (Bagian Organisasi, Kepegawaian dan Hukum)", jenis_kantor="universitas",
    sumber="https://online.flipbuilder.com/kwyaj/gjmz/files/basic-html/page226.html",
    nama_sop="Bagan Alir Prosedur Kenaikan Gaji Berkala", nomor_sop=None, identitas=None,
    judul_bagan="Bagan Alir Prosedur Kenaikan Gaji Berkala",
    pelaksana=["Pengadministrasi Kepegawaian", "Kasubag Kepeg", "Kabag Org, Kepeg dan Hukum", "Biro AUPK", "Pembuat Daftar Gaji"],
    pecah={"Pengadministrasi Kepegawaian": "Pengadm\ninistrasi\nKepegaw\naian", "Kasubag Kepeg": "Kasubag\nKepeg", "Kabag Org, Kepeg dan Hukum": "Kabag Org,\nKepeg dan\nHukum", "Biro AUPK": "Biro\nAUPK", "Pembuat Daftar Gaji": "Pembua\nt Daftar\nGaji"},
    langkah=[
        L("mengumpulkan data pendukung untuk mengkonsep Kenaikan Gaji Berkala", "Pengadministrasi Kepegawaian", None, "1 bulan", "Berkas kenaikan gaji"),
        L("mengkonsep dan mengetik konsep Kenaikan Gaji Berkala", "Pengadministrasi Kepegawaian", None, "1 minggu", "Konsep kenaikan gaji berkala"),
        L("meneliti dan memeriksa serta memvalidasi konsep Kenaikan Gaji Berkala", "Kasubag Kepeg", None, "1 minggu", "Surat Keputusan kenaikan gaji berkala"),
        L("meneliti dan memeriksa serta memvalidasi kembali konsep Kenaikan Gaji Berkala", "Kabag Org, Kepeg dan Hukum", None, "1 minggu", "Surat Keputusan kenaikan gaji berkala"),
        L("menandatangani SK Kenaikan Gaji Berkala", "Biro AUPK", None, None, "SK kenaikan Gaji"),
        L("Pembuat Daftar Gaji memproses perubahan gaji PNS", "Pembuat Daftar Gaji", None, None, None),
    ],
    catatan="Bagan 7.2 dari buku SOP UINSA (flipbuilder hlm. 226) lengkap 6 langkah; identitas berformat lain (bukan SOP AP), jadi dirender tanpa halaman identitas. Nama pelaksana tercetak dipecah di tengah kata ('Pengadm inistrasi Kepegaw aian', 'Pembua t Daftar Gaji') dan dipertahankan; label memakai nama utuh. Kolom simbol dari subjek kalimat dan uraian 7.1. 'Ket' kosong. 'Bulan' di label = 20 hari kerja = 9000 menit (konvensi baru).",
))

SOP.append(dict(
    id="sekolah-pengajuan-kgb", status="nyata-sebagian",
    kantor="Sekolah (nama tidak tercantum di kutipan; kolom KEPSEK/KOORD.TU/KEPEG)", jenis_kantor="sekolah",
    sumber="https://id.scribd.com/document/607760613/207-SOP-PENGAJUAN-KENAIKAN-GAJI-2",
    nama_sop="SOP PENGAJUAN KENAIKAN GAJI BERKALA (KGB)", nomor_sop=None, identitas=None,
    judul_bagan="SOP PENGAJUAN KENAIKAN GAJI BERKALA (KGB)",
    pelaksana=["KEPSEK", "KOORD.TU", "KEPEG", "PEGAWAI"],
    langkah=[
        L("Mulai", "KEPEG"),
        L("Mendata pegawai yang di usulkan untuk kenaikan gaji berkala", "KEPEG", "Perhitungan masa kerja", "10 menit", "Pendataan pegawai untuk KGB"),
        L("Membuat konsep dan input konsep kenaikan gaji berkala", "KEPEG", "Pendataan pegawai untuk KGB", "10 menit", "Konsep KGB"),
        L("Menerima, memeriksa dan mengoreksi konsep kenaikan gaji berkala", "KOORD.TU", "Konsep KGB", "10 menit", "Konsep KGB yang telah dikoreksi"),
        L("Memberi paraf pada konsep kenaikan gaji berkala", "KOORD.TU", "Konsep KGB yang telah dikoreksi", "10 menit", "Kenaikan gaji berkala"),
        L("Menyetujui dan menandatangani konsep kenaikan gaji berkala", "KEPSEK", "Kenaikan gaji berkala", "10 menit", "Kenaikan gaji berkala yang telah disetujui"),
        L("Kenaikan gaji berkala dikirim ke KPPN", "KEPEG", "Kenaikan gaji berkala yang telah disetujui", "1 jam", "Terkirim"),
        L("Mengarsipkan konsep Kenaikan Gaji Berkala ke dalam file Kepegawaian", "KEPEG", None, "10 menit", "KGB diterima dan disampaikan serta diarsip"),
        L("Selesai", "PEGAWAI"),
    ],
    catatan="Lembar nyata 1 halaman, lengkap; nama sekolah tidak tercantum. 'Mulai' dan 'Selesai' adalah baris bernomor (1 dan 9) seperti di sumber, jadi di label juga langkah 1 dan 9. Kolom simbol ditafsirkan (Selesai di kolom PEGAWAI). Tanpa halaman identitas.",
))

SOP.append(dict(
    id="dinas-perizinan-teguran", status="nyata-sebagian",
    kantor="Dinas perizinan kabupaten/kota (nama tidak tercantum di kutipan XLSX scribd 'ALUR PROSES')", jenis_kantor="pemda-dinas",
    sumber="https://id.scribd.com/document/487500025/ALUR-PROSES-xlsx",
    nama_sop="TEGURAN PERIZINAN", nomor_sop=None, identitas=None,
    judul_bagan="ALUR PROSES TEGURAN PERIZINAN",
    pelaksana=["PETUGAS PERIZINAN", "Kasie Pengaduan", "Kepala Dinas"],
    langkah=[
        L("Petugas perizinan mendatangi/mensurvey tempat-tempat usaha dan menanyakan ada atau tidaknya surat izin. Apabila belum memiliki izin maka pemili usaha agar segera mengurus izinnya. Dan apabila pemilik tempat usaha tersebut sudah pernah diberitahu secra lisan tetapi tetap tidak mengurus juga maka untuk selanjutnya diberi surat teguran I dan menyelesaikan surat izin tempat usahanya dlam tempo 7 (tujuh) hari kerja.", "PETUGAS PERIZINAN", "Informasi perizinan, surat teguran", "10 menit", "Informasi perizinan, surat teguran I"),
        L("Petugas Perizinan Melakukan pencatatn atas hasil survey lapangan (data) tersebut dalam buku register agenda dan melaporkan hasildata tersebut kepada kasie informasi dan pengaduan.", "PETUGAS PERIZINAN", "ATK, Buku agenda", "10 menit", "data hasil survey"),
        L("Kasie informasi dan pengaduan mempelajari dan menelaah hasil data tersebut dan melakukan koordinasi dengan kasie/kasubbga Umum tekait tempat usaha yang belum atau yang sudah mengurus izinnya serta menyampaikan hasil data tersebut kepada kepala dinas.", "Kasie Pengaduan", "Data hasil survey", "15 menit", "Data hasil survey"),
        L("Kepala dinas memerintahkan kasie yang berwenang (kasie pengaduan) untuk segera menindaklanjuti sesuai peraturan bagi tempat usaha yang belum juga mengurus izin sampai dengan jangka waktu yang telah ditetapkan dan menyusun laporan hasil pemeriksaan sesuai dengan keputusan/kesimpulan yang telah disepakati.", "Kepala Dinas", "Data hasil survey, ATK, lembar disposisi", "20 menit", "data hasil survey"),
        L("Kasie menugaskan petugas perizinan untuk menyurati surat teguran kedua bagi pemilik tempat usaha yang belum juga mengurus izinnya pada waktu yang telah ditentukan.", "Kasie Pengaduan", "Data hasil survey, lembar disposisi, ATK", "10 menit", "Data hasil survey"),
    ],
    catatan="Lembar Excel nyata (129 halaman di scribd) tanpa nama dinas di kutipan; langkah 6 terpotong, jadi hanya 1-5. Kepala kolom 'PETUGAS PERIZINAN | Kasie Pengaduan | Kepala Dinas' dan baris nomor 1-9 seperti sumber. Pemetaan kelengkapan/output ke langkah dari urutan teks (ditafsirkan). Salah ketik (pemili, secra, dlam, pencatatn, hasildata, kasubbga, tekait) dipertahankan.",
))

SOP.append(dict(
    id="pa-banjarnegara-pendaftaran-perkara", status="nyata-prosedur",
    kantor="Pengadilan Agama Banjarnegara Kelas 1.A", jenis_kantor="pengadilan",
    sumber="http://www.pa-banjarnegara.go.id/post/341",
    nama_sop="PROSEDUR PENDAFTARAN PERKARA", nomor_sop=None, identitas=None,
    judul_bagan="PROSEDUR PENDAFTARAN PERKARA",
    pelaksana=["Penggugat / Pemohon atau Kuasanya", "Meja 1", "Pemegang Kas", "Meja 2"],
    tanpa_ket=True,
    langkah=[
        L("Membawa surat gugatan/permohonan atau catatan gugatan secara lisan", "Penggugat / Pemohon atau Kuasanya"),
        L("ditaksir Panjar biaya perkara sesuai SK Ketua PA dan dituangkan dalam SKUM (Surat Kuasa Untuk Membayar)", "Meja 1"),
        L("Dikembalikan kepada Pemohon / Kuasanya + SKUM", "Meja 1"),
        L("Pemohon/Kuasanya membayar ke Bank yang ditunjuk dengan membawa SKUM", "Penggugat / Pemohon atau Kuasanya"),
        L("Bukti pembayaran + SKUM, Surat Gugatan / Permohonan dibawa ke Pengadilan Agama Bnajarnegara", "Penggugat / Pemohon atau Kuasanya"),
        L("Ke Pemegang Kas untuk dibukukan dalam Buku Jurnal Keuangan Perkara G/P + diberi cap lunas + SKUM di beri nomor sesuai no urut Buku Jurnal tersebut", "Pemegang Kas"),
        L("Berkas diserahkan kepada Pemohon / Kuasanya untuk dibawa ke MEJA 2", "Pemegang Kas"),
        L("MEJA 2 mencatat perkara tersebut dalam buku Register Induk G/P sesuai nomor perkara dalam SKUM", "Meja 2"),
        L("Kepada P/Kuasanya Diserahkan 1 Rangkap Surat Gugatan / Permohonan yang telah terdaftar + SKUM rangkap Pertama. Proses Pendaftaran SELESAI", "Meja 2"),
    ],
    catatan="Dari halaman prosedur di situs pengadilan (bagan bernomor 1-9, bukan lembar SOP AP); ditata ke format SOP AP tanpa halaman identitas dan tanpa kolom Keterangan. Mutu baku tidak ada di sumber (kolom kosong). Kolom pelaksana dari judul kotak bagan (PENGGUGAT/PEMOHON, MEJA 1, Pemegang Kas, MEJA 2). Kalimat 'P/ Kuasanya Pulang menunggu panggilan sidang' di langkah 9 tidak dipakai. Salah ketik 'Bnajarnegara' dipertahankan.",
))

SOP.append(dict(
    id="pkm-muara-basung-pendaftaran", status="nyata-prosedur",
    kantor="UPT Puskesmas Muara Basung, Kabupaten Bengkalis", jenis_kantor="puskesmas",
    sumber="https://puskesmasmuarabasung.bengkaliskab.go.id/standar-pelayanan",
    nama_sop="Standar Pelayanan Pendaftaran (Pasien Baru)", nomor_sop=None, identitas=None,
    judul_bagan="Standar Pelayanan Pendaftaran (Pasien Baru)",
    pelaksana=["Pasien", "Petugas Pendaftaran"],
    langkah=[
        L("Pasien datang", "Pasien", "Kartu identitas : KTP, SIM, KK atau kartu pelajar"),
        L("Pasien melakukan pendaftaran melalui petugas di bagian pendaftaran dengan menunjukkan kartu identitas dan kartu jaminan kesehatan (jika ada) untuk mendapat nomor RM", "Petugas Pendaftaran", "Kartu jaminan Kesehatan (bagi yang memiliki)"),
        L("Pasien mendaftar di bagian pendaftaran mandiri dan memilih bagian pemeriksaan yang dituju", "Pasien"),
        L("Pasien mendapatkan nomor antrian", "Pasien"),
        L("Pasien menunggu panggilan bagian Pemeriksaan", "Pasien", None, None, "Pendaftaran Pasien"),
    ],
    catatan="Dari standar pelayanan di situs puskesmas (bukan lembar SOP AP): prosedur A (pasien baru). Waktu hanya total (10 menit), jadi kolom Waktu per langkah kosong; Keterangan kosong. Kelengkapan langkah 1-2 dari daftar persyaratan; output langkah 5 dari 'Produk Pelayanan'. Pelaksana langkah 2 (petugas) ditafsirkan.",
))

SOP.append(dict(
    id="kec-seisuka-sktm", status="nyata-prosedur",
    kantor="Kecamatan Sei Suka, Pemerintah Kabupaten Batu Bara (data SIPPN)", jenis_kantor="kecamatan",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8119225/pemerintah-kab-batu-bara/standar-pelayanan-penerbitan-surat-keterangan-tidak-mampu",
    nama_sop="Standar Pelayanan Penerbitan Surat Keterangan Tidak Mampu", nomor_sop=None, identitas=None,
    judul_bagan="Standar Pelayanan Penerbitan Surat Keterangan Tidak Mampu",
    pelaksana=["Pemohon", "Petugas Kecamatan", "Kasi Pendidikan dan Sosial Budaya", "Sekcam", "Camat"],
    langkah=[
        L("Pemohon mengajukan Surat Keterangan Tidak Mampu;", "Pemohon", "Surat pengantar/Keterangan dari kepala desa/kelurahan, Foto copy Kartu Tanda Penduduk/Kartu Keluarga"),
        L("Petugas menerima berkas dan memeriksa data di DTKS Kab. Batu Bara jika pemohon terdaftar maka proses akan dilanjutkan dan jika tidak terdaftar maka akan dikembalikan kepada pemohon untuk mendaftar di DTKS melalui operator desa/kelurahan;", "Petugas Kecamatan", kep=dict(tidak="selesai")),
        L("Kasi Pendidikan dan Sosial Budaya menverifikasi dan menvalidasi kelengkapan persyaratan administrasi;", "Kasi Pendidikan dan Sosial Budaya"),
        L("Pencetakan Surat Keterangan Tidak Mampu oleh petugas kecamatan;", "Petugas Kecamatan"),
        L("Kasi Pendidikan dan Sosial Budaya dan Sekcam meneliti, mengoreksi dan memberikan paraf;", "Sekcam"),
        L("Penandatanganan Surat Keterangan Tidak Mampu oleh Camat;", "Camat"),
        L("Pemberian nomor dan cap/stempel;", "Petugas Kecamatan"),
        L("Rekomendasi Surat Keterangan Tidak Mampu selesai dan diserahkan oleh petugas kecamatan kepada pemohon;", "Petugas Kecamatan", None, None, "Dokumen Surat Keterangan Tidak Mampu"),
        L("Pengarsipan dokumen.", "Petugas Kecamatan"),
    ],
    catatan="Dari standar pelayanan SIPPN (bukan lembar SOP AP): tanpa halaman identitas. Waktu hanya total (60 menit) sehingga kolom Waktu kosong. Langkah 2: 'Tidak' (tidak terdaftar di DTKS) = berkas dikembalikan, proses selesai. Langkah 5 ditaruh di kolom Sekcam (ditafsirkan; kalimat menyebut Kasi dan Sekcam).",
))

SOP.append(dict(
    id="kota-banjarmasin-legalisasi-sktm", status="nyata-prosedur",
    kantor="Kecamatan di lingkungan Pemerintah Kota Banjarmasin (data SIPPN)", jenis_kantor="kecamatan",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8041993/kota-banjarmasin/legalisasi-surat-keterangan-tidak-mampu",
    nama_sop="Legalisasi Surat Keterangan Tidak Mampu", nomor_sop=None, identitas=None,
    judul_bagan="Legalisasi Surat Keterangan Tidak Mampu",
    pelaksana=["Petugas Loket", "Kasi Kecamatan", "Sekretaris Kecamatan", "Camat"],
    langkah=[
        L("Petugas Loket menerima dan memeriksa Prosedur kelengkapan berkas, jika tidak lengkap dikembalikan kepada pemohon dan jika lengkap dicatat dalam buku agenda dan diteruskan kepada Kasi Kecamatan", "Petugas Loket", "Asli surat keterangan tidak mampu yang ditanda tangani Lurah, Fotocopy KTP Pemohon, Fotocopy Kartu Keluarga, Surat pernyataan tidak mampu", kep=dict(tidak="selesai")),
        L("Kecamatan Memverifikasi berkas permohonan legalisasi surat keterangan tidak mampu, jika tidak lengkap dikembalikan kepada Pemohon dan jika sudahl engkap diparaf untuk diserahkan kepada Sekcam", "Kasi Kecamatan", kep=dict(tidak="selesai")),
        L("Sekretaris Kecamatan mempelajari naskah surat keterangan tidak mampu dan memaraf format legalisasi surat keterangan tidak mampu dan meneruskan kepada Camat", "Sekretaris Kecamatan"),
        L("Camat menandatangi format legalisasi surat keterangan Tidak Mampu (Apabila Camat tidak berada ditempat penandatanganan dapat dilakukan oleh Sekretaris Kecamatan/Kasi di Kecamatan) serta mengembalikan kepada Kasi Kecamatan", "Camat"),
        L("Kasi Kecamatan Memerintahkan kepada JFU Seksi PIP / Petugas Loket untuk registrasi", "Kasi Kecamatan"),
        L("JFU Seksi PIP / Petugas Loket Meregistrasi (Mencatat, memberikan nomor dan tanggal) serta membubuhkan stempel dan menyerahkan Kepada pemohon dengan bukti tanda terima dan mengarsipkan.", "Petugas Loket", None, None, "Legalisasi Surat Keterangan Tidak Mampu"),
    ],
    catatan="Dari standar pelayanan SIPPN Kota Banjarmasin (bukan lembar SOP AP); kecamatan tidak disebut. Langkah 1 dan 2: 'Tidak' (tidak lengkap) = dikembalikan kepada pemohon, proses selesai. Kelengkapan langkah 1 dari persyaratan; output langkah 6 dari produk layanan. Waktu tidak dicantumkan sumber. Salah ketik 'sudahl engkap', 'menandatangi' dipertahankan.",
))

SOP.append(dict(
    id="pa-pangkalanbun-pendaftaran-perkara", status="nyata-prosedur",
    kantor="Pengadilan Agama Pangkalan Bun Kelas 1 B", jenis_kantor="pengadilan",
    sumber="http://pa-pangkalanbun.go.id/index.php/prosedur/tata-cara-berperkara/prosedur-pendaftaran-perkara",
    nama_sop="Prosedur Pendaftaran Perkara", nomor_sop=None, identitas=None,
    judul_bagan="Prosedur Pendaftaran Perkara",
    pelaksana=["Pencari Keadilan", "Petugas Meja I", "Kasir", "Petugas Meja II", "Jurusita/Jurusita Pengganti"],
    langkah=[
        L("Pencari keadilan datang ke Pengadilan Agama Pangkalan Bun Kelas 1 B dengan membawa persyaratan sesuai jenis perkara yang akan diajukan.", "Pencari Keadilan", "Persyaratan sesuai jenis perkara"),
        L("Pencari keadilan menghadap petugas Meja I agar berkas diperiksa kelengkapannya dengan menggunakan daftar periksa (check list). Setelah itu Petugas Meja I menaksir panjar biaya perkara dengan berpedoman pada Surat Keputusan Ketua Pengadilan Agama tentang Panjar Biaya Perkara untuk kemudian dibuatkan Surat Kuasa Untuk Membayar (SKUM) sebanyak 4 rangkap", "Petugas Meja I", "Daftar periksa (check list)", None, "SKUM 4 rangkap"),
        L("Pencari keadilan membayar uang panjar biaya perkara yang tercantum dalam SKUM ke bank yang ditunjuk Pengadilan Agama Pangkalan Bun Kelas 1 B", "Pencari Keadilan", "SKUM"),
        L("Pencari keadilan menghadap ke kasir dengan menyerahkan bukti setor bank untuk mendapatkan nomor urut perkara", "Kasir", "Bukti setor bank", None, "Nomor urut perkara"),
        L("Kasir menyerahkan berkas kepada Petugas Meja II untuk dicatat dalam Buku Register Induk Gugatan/Permohonan lalu mengembalikan 1 rangkap berkas kepada pencari keadilan", "Petugas Meja II", "Buku Register Induk Gugatan/Permohonan"),
        L("Pendaftaran selesai, petugas Jurusita/Jurusita Pengganti akan memberitahukan jadwal sidang kepada pencari keadilan", "Jurusita/Jurusita Pengganti", None, None, "Jadwal sidang"),
    ],
    catatan="Dari halaman prosedur di situs pengadilan (Pertama..Keenam; bukan lembar SOP AP). Rincian warna lembar SKUM dan kalimat 'Setelah itu Petugas Meja I mengembalikan berkas untuk diteruskan kepada kasir' tidak dipakai. Kelengkapan/output disarikan dari kalimat sumber (ditafsirkan); waktu tidak ada di sumber.",
))

SOP.append(dict(
    id="rekaan-a-perkim-rekomendasi-psu", status="rekaan",
    kantor="(rekaan) Dinas Perumahan dan Kawasan Permukiman Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="rekaan (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN", "BIDANG PRASARANA, SARANA", "DAN UTILITAS"],
    nama_sop="Penerbitan Rekomendasi Penyerahan Prasarana, Sarana dan Utilitas (PSU) Perumahan", nomor_sop="800/17/SOP-PSU/2023",
    tanggal=[("Tgl. Pembuatan", "3 Januari 2023"), ("Tgl. Revisi", "-"), ("Tgl. Efektif", "2 Februari 2023")],
    disahkan=["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN", "", "", "NAMA CONTOH, S.T., M.T.", "NIP. 19700101 199503 1 001"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;",
                     "Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2009 tentang Pedoman Penyerahan Prasarana, Sarana, dan Utilitas Perumahan dan Permukiman di Daerah;",
                     "Peraturan Daerah Kabupaten Contoh Nomor 4 Tahun 2019 tentang Penyediaan dan Penyerahan Prasarana, Sarana dan Utilitas Perumahan dan Permukiman."],
        kualifikasi_pelaksana=["Pendidikan minimal D3 Teknik Sipil/Arsitektur atau SMA/SMK dengan pengalaman di bidang perumahan;",
                               "Memahami ketentuan teknis prasarana, sarana dan utilitas perumahan;",
                               "Mampu mengoperasikan komputer dan aplikasi pemetaan."],
        keterkaitan=["SOP Verifikasi Lapangan PSU", "SOP Pengelolaan Surat Masuk", "SOP Pencatatan Aset Daerah"],
        peralatan=["Komputer dan printer", "Kamera dan GPS", "Kendaraan dinas", "Alat Tulis Kantor"],
        peringatan=["Apabila SOP ini tidak dilaksanakan, penyerahan PSU tertunda dan aset perumahan tidak tercatat sebagai barang milik daerah."],
        pencatatan=["Buku agenda permohonan", "Berita acara verifikasi lapangan", "Arsip rekomendasi dan berita acara serah terima PSU"]),
    judul_bagan=None,
    pelaksana=["Pengembang", "Petugas Loket", "Staf Teknis", "Tim Verifikasi", "Kasi PSU", "Kabid PSU", "Sekretaris Dinas", "Kepala Dinas"],
    langkah=[
        L("Mengajukan permohonan rekomendasi penyerahan PSU beserta siteplan yang telah disahkan", "Pengembang", "Surat permohonan, siteplan", "10-15 menit", "Berkas permohonan"),
        L("Menerima dan mencatat permohonan dalam buku agenda", "Petugas Loket", "Buku agenda", "5 Menit", "Tanda terima"),
        L("Memeriksa kelengkapan berkas permohonan", "Petugas Loket", "Daftar periksa", "15 Menit", "Berkas diperiksa", kep=dict(tidak=1)),
        L("Meneruskan berkas kepada Kepala Dinas melalui Sekretaris Dinas", "Sekretaris Dinas", "Lembar disposisi", "30 Menit", "Disposisi"),
        L("Mendisposisikan berkas kepada Kabid PSU", "Kepala Dinas", "Lembar disposisi", "1 Jam", "Disposisi"),
        L("Menugaskan Kasi PSU membentuk jadwal verifikasi lapangan", "Kabid PSU", "Lembar disposisi", "30 Menit", "Surat tugas"),
        L("Menyusun jadwal dan memberitahukan kepada pengembang", "Kasi PSU", "Surat pemberitahuan", "1x24 jam", "Jadwal verifikasi"),
        L("Melaksanakan verifikasi lapangan; apakah PSU sesuai siteplan?", "Tim Verifikasi", "Kamera, GPS, siteplan", "2 Hari", "Berita acara verifikasi", kep=dict(tidak=11)),
        L("Menyusun laporan hasil verifikasi", "Staf Teknis", "Berita acara verifikasi", "1 Hari", "Laporan verifikasi"),
        L("Memeriksa laporan hasil verifikasi", "Kasi PSU", "Laporan verifikasi", "2 Jam", "Laporan diperiksa"),
        L("Menilai apakah PSU memenuhi syarat untuk diterbitkan rekomendasi", "Kabid PSU", "Laporan verifikasi", "1 Jam", "Keputusan penilaian", kep=dict(tidak=12, ya=13)),
        L("Menyampaikan surat perbaikan PSU kepada pengembang", "Staf Teknis", "Konsep surat perbaikan", "1 Minggu", "Surat perbaikan"),
        L("Menyusun konsep rekomendasi penyerahan PSU", "Staf Teknis", "Format rekomendasi", "2 x 24 Jam", "Konsep rekomendasi"),
        L("Memaraf konsep rekomendasi", "Sekretaris Dinas", "Konsep rekomendasi", "15 Menit", "Konsep diparaf"),
        L("Menandatangani rekomendasi; apakah konsep disetujui?", "Kepala Dinas", "Konsep diparaf", "30 Menit", "Rekomendasi", kep=dict(tidak="selesai")),
        L("Menyerahkan rekomendasi kepada pengembang dan mengarsipkan", "Petugas Loket", "Buku ekspedisi", "10 Menit", "Rekomendasi diterima"),
    ],
    catatan="REKAAN: dibuat untuk menutup tata letak yang jarang di sumber: 8 pelaksana, 16 langkah pada 3 halaman bagan, Tidak kembali (3->1), Tidak ke depan (8->11), Ya melompat (11 Ya->13, Tidak->12), Tidak mengakhiri (15), waktu '10-15 menit', '1x24 jam', '2 x 24 Jam', '1 Minggu', '2 Jam'.",
))
