# -*- coding: utf-8 -*-
"""Transkripsi SOP untuk latih-3. Setiap langkah: (kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep)
kep: None | dict(tidak=n|'selesai', ya=n|None)."""

def L(keg, pel, kel=None, wkt=None, out=None, ket=None, kep=None):
    return dict(kegiatan=keg, pelaksana=pel, kelengkapan=kel, waktu_teks=wkt, output=out, keterangan=ket, kep=kep)

SOP = []

# 1 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="dukcapil-poso-akta-kelahiran", status="nyata-sebagian",
    kantor="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Poso", jenis_kantor="pemda-dinas",
    sumber="https://ja.scribd.com/document/405515304/Form-SOP-Flowchart",
    kop=["PEMERINTAH KABUPATEN POSO", "DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL"],
    nama_sop="Penerbitan Akta Kelahiran", nomor_sop="18.2.2.20", label_nama="Judul SOP",
    tanggal=[("Tanggal Pembuatan", "14 Juni 2012"), ("Tanggal Revisi", ""), ("Tanggal Efektif", "")],
    disahkan=["Kepala Dinas Kependudukan dan Pencatatan Sipil"],
    identitas=dict(
        dasar_hukum=["PP No. 37 Tahun 2007 tentang Adm Kependudukan"],
        kualifikasi_pelaksana=["S.2, S.1, D.3"],
        keterkaitan=["SOP Surat Masuk dan Surat keluar"],
        peralatan=["ATK", "Komputer", "Blangko Isian", "Buku Agenda"],
        peringatan=["Surat keterangan lahir dari rumah sakit/bidan", "Surat Nikah orang tua", "KTP Orang tua", "KK", "Surat Pengantar dari Kades/Lurah"],
        pencatatan=[]),
    judul_bagan=None,
    pelaksana=["Kadis", "Sekretaris", "Kabid", "Kasi", "JFU"],
    langkah=[
        L("JFU Menerima berkas permohonan akta kelahiran, mengagendakan dan disampaikan kepala seksi.", "JFU", "Berkas permohonan"),
        L("Kepala seksi Menerima, memfalidasi dan memerikasa kelengkapan berkas jika berkas lengkap diproses jika tidak dikembalikan, dan member petunjuk kepada JFU untuk tindak lanjut.", "Kasi", kep=dict(tidak=1)),
        L("JFU Menerima, menulis pada buku akta, mengetik konsep kutipan akta kelahiran dan melaporkan kepada kepala seksi.", "JFU"),
        L("Kasi Menerima, memeriksa dan memaraf konsep kutipan akta kelahiran dan melaporkan kepada kepala bidang.", "Kasi"),
        L("Kabid Menerima, memeriksa dan memaraf konsep kutipan akta kelahiran dan menyampaikan ke Kepala Dinas melalui Sekretaris.", "Kabid"),
        L("Sekretaris Menerima, memeriksa dan memaraf konsep kutipan akta kelahiran dan melaporkan kepada Kepala Dinas.", "Sekretaris"),
        L("Kadis Menerima, memeriksa dan menadatangani konsep akta dan kutipan dan menyampaikan ke Kabid.", "Kadis"),
        L("Kabid Menerima kutipan akta kelahiran dan menyampaikan ke Kasi", "Kabid"),
        L("Kasi Menerima dan mendistribusikan kepada pemohon.", "Kasi"),
    ],
    catatan="Lembar 'Form SOP Flowchart' Disdukcapil Kab. Poso (6 halaman di scribd); kutipan memuat identitas dan 9 langkah lengkap, tetapi mutu baku hanya 'Berkas permohonan' pada langkah 1 (kolom Waktu/Output tidak terbaca), sehingga mutu baku lain kosong. Butir templat 'dst.' di identitas dibuang. Lima butir dokumen (Surat keterangan lahir ... Surat Pengantar dari Kades/Lurah) tercetak di bawah judul 'Peringatan | Pencatatan dan pendataan'; ditaruh di Peringatan (ditafsirkan). Langkah 2 bertanda T/Y di sumber: keputusan, Tidak kembali ke langkah 1 ('jika tidak dikembalikan'). 'dip roses' (artefak PDF) ditulis 'diproses'; salah ketik lain (memfalidasi, memerikasa, member, menadatangani) dipertahankan. Kolom pelaksana dari awalan kalimat (JFU/Kasi/Kabid/Sekretaris/Kadis).",
))

# 2 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="pkm-malili-cuti-tahunan", status="nyata-sebagian",
    kantor="Puskesmas Malili, Dinas Kesehatan Kabupaten Luwu Timur (Bagian Tata Usaha)", jenis_kantor="puskesmas",
    sumber="https://id.scribd.com/document/661177865/08-Permohonan-Cuti-Tahunan-PNS",
    kop=["PEMERINTAH KABUPATEN LUWU TIMUR", "DINAS KESEHATAN", "PUSKESMAS MALILI", "BAGIAN TATA USAHA"],
    nama_sop="PERMOHONAN CUTI TAHUNAN PNS", nomor_sop="08",
    tanggal=[("Tgl Pembuatan", "16 Juli 2012"), ("Tgl Revisi", ""), ("Tgl Pengesahan", "18 Juni 2013")],
    disahkan=["Kepala Dinas Kesehatan Kab. Luwu Timur", "", "dr.H.APRIL,M.Kes", "Nip.19670707 200012 1 002"],
    identitas=dict(
        dasar_hukum=["Peraturan Menteri Pendayagunaan Aparatur Negara Nomor : Per/21/M.PAN/11/2008 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
                     "Peraturan Menteri Negara pendayagunaan Aparatur Negara Nomor 71 Tahun 1993 tentang Pedoman Umum Tata Persuratan Dinas.",
                     "Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2009 Tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerahn",
                     "Peraturan Bupati Luwu Timur Nomor 10 Tahun 2010 tentang Tata Naskah Dinas Lingkup Pemerintah Kab. Luwu Timur",
                     "Undang-Undang Tahun 1999 tentang Cuti PNS"],
        kualifikasi_pelaksana=["Mampu mengoperasikan Komputer", "Memahami Persyaratan Cuti", "Memahami Kelengkapan Dokumen"],
        keterkaitan=["SOP Pembuatan Surat", "SOP Permohonan Cuti Dinas kesehatan.", "SOP Pengiriman Surat / Berkas.", "SOP Pengarsipan"],
        peralatan=["Komputer", "Printer", "Kertas", "Stempel"],
        peringatan=[], pencatatan=[]),
    judul_bagan=None,
    pelaksana=["Staf Tata Usaha", "Staf Dinas Kesehatan", "Kepala Puskesmas", "Kepala Tata Usaha"],
    langkah=[
        L("Menerima usulan permohonan Cuti PNS", "Staf Tata Usaha", "Usulan Permohonan Cuti Tahunan PNS 3 rangkap", "2 menit", "Verifikasi awal Surat permohonan"),
        L("Membuat Surat Permohanan Cuti", "Staf Tata Usaha", "Surat Permohonan Cuti Tahunan PNS", "5 menit", "Surat Permohonan Cuti siap"),
        L("Menandatangani Surat Permohonan Cuti", "Kepala Puskesmas", "Surat Permohonan Cuti Tahunan PNS", "5 menit", "Surat Permohonan Cuti sudah ditandatangani"),
        L("Mengantar Surat Permohonan Cuti Tahunan PNS", "Staf Tata Usaha", "Surat Permohonan Cuti Tahunan PNS", "1 hari", "Surat Permohonan telah diantar"),
    ],
    catatan="Lembar nyata (3 halaman scribd). Identitas lengkap (Peringatan dan Pencatatan kosong di sumber). Kutipan bagan memuat langkah 1-4 dan 6 (langkah 5 hilang dari kutipan); hanya 1-4 dipakai. Urutan kolom pelaksana dibaca dari kepala yang teracak: Staf Tata Usaha | Staf Dinas Kesehatan | Kepala Puskesmas | Kepala Tata Usaha (ditafsirkan). Kolom simbol langkah 1, 2, 4 di Staf Tata Usaha dan langkah 3 di Kepala Puskesmas (ditafsirkan dari kalimat). Kelengkapan langkah 4 'CutiCuti' di sumber (artefak) ditulis 'Cuti'. Salah ketik 'Permohanan', 'Daerahn' dipertahankan.",
))

# 3 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="polres-jakbar-skck", status="nyata-sebagian",
    kantor="Sat Intelkam Polres Metro Jakarta Barat (Polda Metro Jaya)", jenis_kantor="polri",
    sumber="https://id.scribd.com/document/520323052/FLOWCHART-SOP-STTP",
    kop=["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH METRO JAYA", "RESORT METROPOLITAN JAKARTA BARAT", "SAT INTELKAM"],
    nama_sop="PELAYANAN SURAT KETERANGAN CATATAN KEPOLISIAN", nomor_sop="01 / IV / 2020", label_nama="JUDUL SOP",
    tanggal=[("Tanggal Permbuatan", "15 / IV / 2020"), ("Tanggal Revisi", "25 / IV / 2020"), ("Tanggal Efektif", "30 / IV / 2020")],
    disahkan=["KASAT INTELKAM", "", "YUNIAR ARIEFIANTO, SH, S.IK, MH", "AJUN KOMISARIS BESAR POLISI NRP. 78061303"],
    identitas=dict(
        dasar_hukum=["UNDANG-UNDANG NOMOR 2 TAHUN 2002 TENTANG KEPOLISIAN NEGARA REPUBLIK INDONESIA",
                     "UNDANG-UNDANG NOMOR 14 TAHUN 2008 TENTANG KETERBUKAAN INFORMASI PUBLIK",
                     "UNDANG-UNDANG NOMOR 25 TAHUN 2009 TENTANG PELAYANAN PUBLIK",
                     "PERATURAN PEMERINTAH NOMOR 50 TAHUN 2010 TENTANG JENIS DAN TARIF ATAS JENIS PENERIMAAN NEGARA BUKAN PAJAK YANG BERLAKU DI POLRI",
                     "PERATURAN KAPOLRI NOMOR 18 TAHUN 2014 TENTANG TATA CARA PENERBITAN SURAT KETERANGAN CATATAN KEPOLISIAN"],
        kualifikasi_pelaksana=["MEMPUNYAI KOMPETENSI DIBIDANG PELAYANAN", "MAMPU BERKOMUNIKASI", "MEMPUNYAI KEPEKAAN DAN KECERMATAN"],
        keterkaitan=["SOP PENGAWASAN DAN PENGAMANAN", "SOP YAN DUAN", "SOP SKCK ONLINE"],
        peralatan=["PERATURAN DAN PERUNDANG-UNDANGAN TERKAIT", "PIRANTI LUNAK", "KOMPUTER + PRINTER", "BUKU AGENDA / REGISTER", "ATK", "MEJA KURSI SESUAI KEBUTUHAN", "STEMPEL", "KWITANSI"],
        peringatan=["PEMOHON MEMPUNYAI KARTU IDENTITAS PENDUDUK (KTP) DAN PASPOR UNTUK KE LUAR NEGERI.", "PEMOHON WAJIB MELENGKAPI SIDIK JARI.",
                    "PEMOHON MENYIAPKAN FOTO UKURAN 4X6 SEBANYAK 6 LEMBAR UNTUK WNI BACKGROUND MERAH DAN BACKGROUND KUNING UNTUK WNA."],
        pencatatan=["DIINVENTARISIR SECARA ELEKTRONIK DAN MANUAL"]),
    judul_bagan=None, tanpa_ket=True,
    pelaksana=["Petugas Loket / Bamin", "Pamin", "Kasi Yanmin", "Wadir Intelkam", "Direktur Intelkam"],
    langkah=[
        L("Menerima berkas permohonan SKCK.", "Petugas Loket / Bamin", "- PC Komputer dan Printer\n- Buku register SKCK", None, "Berkas permohonan (lengkap)"),
        L("Melakukan penelitian berkas persyaratan", "Petugas Loket / Bamin", "- Peralatan MAMBIS", "30 menit", None),
    ],
    catatan="Lembar nyata (3 halaman scribd, judul berkas 'FLOWCHART SOP STTP' tetapi isinya SOP SKCK Sat Intelkam Polres Metro Jakarta Barat). Identitas lengkap, huruf besar; 'Permbuatan' dan 'INDONESI' (terpotong, ditulis INDONESIA) di sumber. Kutipan bagan hanya memuat langkah 1-2 (kalimat ketiga 'Mengecek databa...' terpotong); kelengkapan/waktu/output langkah 2 dibaca dari teks yang teracak (ditafsirkan). Kepala kolom: NO | URAIAN KEGIATAN | 5 pelaksana | Kelengkapan | Waktu | Output | Check List (Sesuai | Tidak Sesuai), baris nomor kolom 1-12, dipertahankan. Nama lima pelaksana ditafsirkan dari kepala teracak ('Petugas Loket / Bamin', 'Pamin', 'Kasi Yanmin', 'Wadir Intelkam', 'Direktur Intelkam'). 'PARAF' dan 'KAUR YANMIN' di sumber tidak dipakai. Dua butir Pencatatan di sumber bercampur dengan butir Peringatan pertama; dipisah (ditafsirkan).",
))

# 4 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="imigrasi-itap-alih-status", status="nyata-identitas",
    kantor="Direktorat Jenderal Imigrasi, Direktorat Izin Tinggal dan Status Keimigrasian (Kementerian Hukum dan HAM)", jenis_kantor="kementerian-pusat",
    sumber="https://studylibid.com/doc/3638533/8.-sop-penerbitan-izin-tinggal-tetap-dari-alih-status-izi...",
    kop=["KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA", "DIREKTORAT JENDERAL IMIGRASI", "DIREKTORAT IZIN TINGGAL DAN STATUS KEIMIGRASIAN"],
    nama_sop="PENERBITAN IZIN TINGGAL TETAP DARI ALIH STATUS IZIN TINGGAL TERBATAS", nomor_sop="IMI-GR.01.13-1108",
    tanggal=[("TGL. PEMBUATAN", "28 Maret 2013"), ("TGL. REVISI", ""), ("TGL. EFEKTIF", "1 April 2013")],
    disahkan=["Direktur Jenderal Imigrasi,", "", "Bambang Irawan", "NIP. 19540928 197903 1 002"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik;",
                     "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                     "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;",
                     "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor M.01-IZ.01.10 Tahun 2007 tentang Perubahan Kedua atas Keputusan Menteri Kehakiman Nomor M.02-IZ.01.10 Tahun 1995 tentang Visa Singgah, Visa Kunjungan, Visa Tinggal Terbatas, Izin Masuk dan Izin Keimigrasian;",
                     "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor M.HH-04.OT.03.01 Tahun 2008 tentang Pedoman Umum Penerapan e-Office Keimigrasian;",
                     "Petunjuk Pelaksanaan Direktur Jenderal Imigrasi Nomor F-309.IZ.01.10 Tahun 1995 tentang Tata Cara Pemberian, Perpanjangan, Penolakan dan Gugurnya Izin Keimigrasian;",
                     "Petunjuk Pelaksanaan Direktur Jenderal Imigrasi Nomor F-310.IZ.01.10 Tahun 1995 tentang Tata Cara Alih Status Izin Keimigrasian"],
        kualifikasi_pelaksana=["Memiliki kemampuan pengolahan data penerbitan Izin Tinggal Tetap dari Alih Status Izin Tinggal Terbatas;",
                               "Mengetahui prosedur penerbitan Izin Tinggal Tetap dari Alih Status Izin Tinggal Terbatas;",
                               "Mengetahui tugas dan fungsi mekanisme pembuatan keputusan;", "Mengetahui tugas dan fungsi mekanisme pembuatan laporan."],
        keterkaitan=["SOP Cekal;", "SOP Penanganan Ketidaksesuian;", "SOP Penyimpanan Berkas Permohonan Selesai"],
        peralatan=["Komputer/Printer/Scanner;", "Jaringan internet dan e-office;", "Kamera, mesin finger print."],
        peringatan=[], pencatatan=[]),
    judul_bagan=None, pelaksana=[], langkah=[],
    catatan="Hanya halaman identitas (studylibid, salinan teks PDF). Kutipan berhenti di 'PERINGATAN ... Apabila SOP tidak dilaksanakan mak...', sehingga Peringatan dan Pencatatan dikosongkan. Artefak ekstraksi ('Undang-Undang Undang', 'M.01 M.01-IZ', 'Izin zin', 'laporan. laporan') dibersihkan; 'Ketidaksesuian' dipertahankan. Dirender sebagai lembar identitas saja (lanskap F4), tanpa bagan.",
))

# 6 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="pn-amlapura-waarmerking", status="nyata-prosedur",
    kantor="Pengadilan Negeri Amlapura (Kepaniteraan Hukum)", jenis_kantor="pengadilan",
    sumber="https://beta.pn-amlapura.go.id/page/read/104",
    nama_sop="LEGALISASI SURAT AKTA DI BAWAH TANGAN (WAARMERKING)", nomor_sop=None, identitas=None,
    judul_bagan="LEGALISASI SURAT AKTA DI BAWAH TANGAN (WAARMERKING)", tanpa_ket=True,
    pelaksana=["Petugas PTSP", "Panitera Muda Hukum", "Staf Kepaniteraan Muda Hukum", "Panitera", "KPN / WKPN"],
    langkah=[
        L("Petugas PTSP menerima Surat Permohonan Akta dibawah Tangan / Waarmerking dari Pemohon", "Petugas PTSP"),
        L("Panitera Muda Hukum meneliti kelengkapan surat permohonan Akta dibawah Tangan / Waarmerking dan kelengkapannya", "Panitera Muda Hukum"),
        L("Staf Kepaniteraan Muda Hukum membuat Catatan Waarmerking pada pernyataan Ahli Waris", "Staf Kepaniteraan Muda Hukum"),
        L("Panitera meneliti dan membubuhkan paraf pada catatan Waarmerking surat pernyataan ahli waris", "Panitera"),
        L("KPN / WKPN menandatangani Catatan Waarmerking surat pernyataan ahli waris", "KPN / WKPN"),
        L("Staf Kepaniteraan Muda Hukum mencatat ke dalam buku register Akta Dibawah Tangan / Waarmerking dan memberikan nomor pendaftaran serta tanggal pendaftaran Akta Dibawah Tangan.", "Staf Kepaniteraan Muda Hukum"),
        L("Petugas PTSP menyerahkan surat pernyataan Ahli Waris tersebut kepada Pemohon setelah pemohon membayar PNBP dan diberikan tanda terima", "Petugas PTSP"),
        L("Panitera Muda Hukum menyetorkan PNBP ke bendahara penerima", "Panitera Muda Hukum"),
        L("Panitera Muda Hukum mengarsipkan salinan Surat Pernyataan Ahli waris tersebut", "Panitera Muda Hukum"),
    ],
    catatan="Halaman 'Prosedur Berperkara Hukum' situs PN Amlapura: 9 langkah bernomor, tanpa lembar SOP AP, tanpa mutu baku. Ditata ke format SOP AP tanpa halaman identitas; kolom pelaksana = subjek kalimat. Mutu baku kosong (tidak ada di sumber). Tidak ada keputusan.",
))

# 7 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="pt-gorontalo-surat-kuasa-khusus", status="nyata-prosedur",
    kantor="Pengadilan Tinggi Gorontalo (data SIPPN)", jenis_kantor="pengadilan",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8304820/pengadilan-tinggi-gorontalo/layanan-pendaftaran-surat-kuasa-khusus",
    nama_sop="Layanan Pendaftaran Surat Kuasa Khusus", nomor_sop=None, identitas=None,
    judul_bagan="Layanan Pendaftaran Surat Kuasa Khusus",
    pelaksana=["Pemohon", "Petugas PTSP", "Panitera Muda Hukum", "Panitera"],
    langkah=[
        L("Pemohon datang ke Pengadilan melalui PTSP Kepaniteraan Hukum", "Pemohon", "Asli dan Fotocopy Surat Kuasa; Fotocopy Kartu Advokat; Fotocopy Berita Acara Penyumpahan"),
        L("Petugas memeriksa kelengkapan berkas melalui ceklist", "Petugas PTSP", "Ceklist", kep=dict(tidak=1)),
        L("Jika berkas permohonan telah lengkap maka petugas kemudian memberikan Stempel Pendaftaran pada Surat Kuasa Asli dan Salinannya kemudian mencatat ke dalam Buku Register", "Petugas PTSP", "Buku Register"),
        L("Panitera Muda Hukum mengoreksi dan membubuhkan paraf pada stempel pendaftaran", "Panitera Muda Hukum"),
        L("Panitera menandatangani Pendaftaran Surat Kuasa", "Panitera"),
        L("Petugas mengarahkan Pemohon untuk membayar biaya PNBP", "Petugas PTSP"),
        L("Pemohon dapat mengambil Surat Kuasa yang telah didaftar dengan memperlihatkan bukti pembayaran PNBP", "Pemohon", None, None, "Surat Kuasa yang telah terdaftar"),
    ],
    catatan="Standar pelayanan SIPPN (bukan lembar SOP AP): persyaratan, 7 langkah, waktu total 60 Menit, produk 'Surat Kuasa yang telah terdaftar'. Ditata ke SOP AP; persyaratan ditaruh di Kelengkapan langkah 1, produk di Output langkah 7. Waktu per langkah tidak ada di sumber (kosong). Langkah 2 dijadikan keputusan (Tidak kembali ke langkah 1) karena langkah 3 dimulai 'Jika berkas permohonan telah lengkap' (ditafsirkan).",
))

# 8 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="smpn1-tanjungpinang-mutasi-masuk", status="nyata-prosedur",
    kantor="SMP Negeri 1 Tanjungpinang", jenis_kantor="sekolah",
    sumber="https://smpn1tanjungpinang.sch.id/kesiswaan",
    nama_sop="Mutasi Siswa Masuk", nomor_sop=None, identitas=None,
    judul_bagan="MUTASI SISWA MASUK",
    pelaksana=["Pemohon", "Staf Tata Usaha Bagian Kesiswaan", "Operator Dapodik", "Kepala Sekolah"],
    langkah=[
        L("Pemohon melampirkan persyaratan lengkap ke Staf Tata Usaha Bagian Kesiswaan.", "Pemohon",
          "Surat Permohonan orang tua/wali; Surat keterangan dari sekolah asal; Rapor Asli serta Foto Copy; Lembar Mutasi Rapor; Surat Pencabutan Dapodik dari sekolah asal"),
        L("Staf harus menerapkan 5 S (Senyum, Salam, Sapa, Sopan dan Santun).", "Staf Tata Usaha Bagian Kesiswaan"),
        L("Staf Tata Usaha Bagian Kesiswaan melakukan verifikasi dan validasi dokumen pemohon.", "Staf Tata Usaha Bagian Kesiswaan"),
        L("Staf Tata Usaha Bagian Kesiswaan Memproses Surat Mutasi Siswa untuk ditandatangani Kepala Sekolah.", "Staf Tata Usaha Bagian Kesiswaan"),
        L("Operator Dapodik Melakukan pencabutan data Dapodik Siswa tersebut dan ditandatangani kepala sekolah.", "Operator Dapodik"),
        L("Pemohon Menerima Surat Mutasi siswa dan membawa Surat tersebut ke Dinas Pendidikan Bagian Sekretariat untuk mendapatkan cap tanda persetujuan.", "Pemohon", None, None, "Surat Mutasi Siswa"),
    ],
    catatan="Halaman 'SOP Pelayanan Kesiswaan' situs sekolah (standar pelayanan: persyaratan, 6 langkah, jangka waktu 3 Hari Kerja, produk Surat Mutasi Siswa). Ditata ke SOP AP tanpa identitas. Lima dari sebelas persyaratan ditaruh di Kelengkapan langkah 1; produk di Output langkah 6; waktu per langkah tidak ada (kosong). Kolom Kepala Sekolah tidak memuat simbol (penandatanganan disebut di dalam langkah 4 dan 5).",
))

# 9 ---------------------------------------------------------------------------------------------
SOP.append(dict(
    id="kemenag-malra-izin-belajar", status="nyata-prosedur",
    kantor="Kantor Kementerian Agama Kabupaten Maluku Tenggara (PTSP)", jenis_kantor="kemenag",
    sumber="https://malukutenggara.kemenag.go.id/ptsp",
    nama_sop="REKOMENDASI TUGAS/IZIN BELAJAR", nomor_sop=None, identitas=None,
    judul_bagan="REKOMENDASI TUGAS/IZIN BELAJAR",
    pelaksana=["Pemohon", "FO", "BO", "Unit Terkait"],
    langkah=[
        L("Pemohon menyerahkan surat permohonan tersebut ke PTSP", "Pemohon",
          "- Surat pengantar dari Kepala Kankemenag Kabupaten/Kota\n- Surat Pernyataan atasan langsung\n- Foto Copy SK Kenaikan Pangkat Terakhir\n- SKP tahun terakhir\n- Surat Keterangan dari Perguruan Tinggi (Asli)\n- Jadwal Kuliah (Asli)"),
        L("Berkas diterima FO, FO mengecek persyaratan, setelah Persyaratan lengkap, FO akan memberikan jawaban perkiraan kapan kepastian diterima atau tidaknya permohonan tersebut", "FO", None, "15 menit"),
        L("FO akan memproses surat melalui BO", "FO"),
        L("BO menindaklanjuti ke unit terkait sesuai bidangnya, BO mengkonfirmasi ke pemohon tersebut dapat diproses atau tidak;", "BO", None, None, None,
          "Jika Pejabat yang menandatangani tidak di tempat, maksimal pelayanan 7 hari", kep=dict(tidak="selesai")),
        L("BO menyerahkan hasil ke FO", "BO"),
        L("FO meminta pemohon mengisi SKM kemudian menyerahkan hasil kepada pemohon;", "FO", None, None,
          "Surat Ijin Belajar S1 atau Pengantar Tugas /Ijin Belajar S2 & S3 dibuat rangkap 3 (1 arsip, 2 ke pemohon)"),
    ],
    catatan="Halaman standar layanan PTSP Kemenag Maluku Tenggara (bukan lembar SOP AP): persyaratan, 6 langkah FO/BO, '15 menit' di langkah FO, produk dan catatan 7 hari. Ditata ke SOP AP tanpa identitas. Enam dari sebelas persyaratan di Kelengkapan langkah 1. Langkah 4 ('dapat diproses atau tidak') dijadikan keputusan; Tidak mengakhiri proses (ditafsirkan). Catatan 7 hari ditaruh di Keterangan langkah 4.",
))

# 10 --------------------------------------------------------------------------------------------
SOP.append(dict(
    id="dukcapil-palangkaraya-akta-kelahiran", status="nyata-identitas",
    kantor="Dinas Kependudukan dan Pencatatan Sipil Kota Palangka Raya", jenis_kantor="pemda-dinas",
    sumber="https://adoc.pub/download/dinas-kependudukan-dan-pencatatan-sipil-kota-palangka-rayaa5d2980a015541e36be434de830ead7c2225.html",
    kop=["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KOTA PALANGKA RAYA"],
    nama_sop="Pelayanan Pencatatan dan Penerbitan Kutipan Akta Kelahiran", nomor_sop="065 / 23.c / DKPS / II / 2014",
    tanggal=[("Tanggal Pembuatan", "03 Februari 2014"), ("Tanggal Revisi", "07 Oktober 2014"), ("Tanggal Pengesahan", "")],
    baris_tambah=[("Jenis Layanan", "Pencatatan Sipil")],
    disahkan=["Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Palangka Raya"],
    label_kualifikasi="Kualifikasi Pelaksanaan", label_peralatan="Peralatan/ Kelengkapan",
    identitas=dict(
        dasar_hukum=["Undang – Undang Nomor 1 Tahun 1974", "Undang – Undang Nomor 23 Tahun 2006", "Undang – Undang 25 Tahun 2009", "Undang – Undang Nomor 24 Tahun 2013",
                     "Peraturan Presiden Nomor 25 Tahun 2008", "Permendagri Nomor 15 Tahun 2006", "Permendagri Nomor 25 Tahun 2011",
                     "Permenpan Nomor PER/21/MENPAN/11/2008", "Peraturan Daerah Nomor 12 Tahun 2008"],
        kualifikasi_pelaksana=["Memahami Administrasi Pencatatan Sipil", "Memahami dan mampu mengoperasikan Sistem Informasi Administrasi Kependudukan (SIAK)"],
        keterkaitan=["Keputusan Pengadilan Negeri bagi yang terlambat, berusia lebih dari 1 Tahun"],
        peralatan=["Formulir Pelaporan Kelahiran", "Komputer/ Laptop", "Printer", "Blangko Register Akta Kelahiran", "Blangko Kutipan Akta Kelahiran"],
        peringatan=["Berkas yang diterima tidak lengkap", "Berkas yang diterima tidak berlaku karena kadaluwarsa", "Berkas yang diterima tidak asli",
                    "Pengisian Formulir harus cermat, lengkap dan benar",
                    "Biodata Pemohon dan lainnya harus diteliti dengan cermat pada dokumen/ berkas persyaratan dan Database Kependudukan",
                    "Perekaman dan Pemutakhiran Biodata Penduduk pada Database Kependudukan harus cermat, lengkap dan benar"],
        pencatatan=[]),
    judul_bagan=None, pelaksana=[], langkah=[],
    catatan="Halaman identitas nyata (adoc.pub). Butir Dasar Hukum, Kualifikasi, Peringatan tanpa nomor di sumber dan dirender tanpa nomor (satu baris per butir). Peralatan bernomor 1-6; butir 6 terpotong ('Sistem In...') dan dibuang. Baris tambahan 'Jenis Layanan: Pencatatan Sipil' dipertahankan; 'Definisi' dan 'Waktu Pemrosesan' tidak dipakai. Label 'Kualifikasi Pelaksanaan' seperti sumber. Bagan tidak ada di kutipan: lembar identitas saja.",
))

# 10b -------------------------------------------------------------------------------------------
SOP.append(dict(
    id="smpn2-kebakkramat-mutasi", status="nyata-prosedur",
    kantor="SMP Negeri 2 Kebakkramat (Kabupaten Karanganyar)", jenis_kantor="sekolah",
    sumber="https://blog.smpn2-kebakkramat.sch.id/p/sop-mutasi-siswa-masuk-dan-keluar.html",
    nama_sop="Pengajuan Mutasi Siswa Masuk & Keluar", nomor_sop=None, identitas=None,
    judul_bagan="SOP MUTASI SISWA MASUK DAN KELUAR", tanpa_ket=True,
    pelaksana=["Pemohon", "Petugas"],
    langkah=[
        L("Petugas menerima berkas pengajuan dari pemohon yang sudah lengkap", "Petugas", "Surat permohonan dari orang tua; Surat Keterangan dari sekolah asal / sekolah tujuan; Surat Rekomendasi keluar dari Sistem Dapodik; Pas Foto"),
        L("Petugas membuatkan surat keterangan mutasi untuk ditanda tangani oleh kepala sekolah", "Petugas", None, "15 menit"),
        L("Pemohon menerima berkas dan surat keterangan untuk dibawa ke Dinas Pendidikan setempat dan Sekolah tujuan", "Pemohon", None, None, "Berkas pengajuan yang telah di acc oleh kepala sekolah"),
    ],
    catatan="Halaman blog sekolah 'SOP Mutasi Siswa Masuk dan Keluar' (standar pelayanan: persyaratan, 3 langkah, jangka waktu 15 menit, produk). Ditata ke SOP AP dengan 2 kolom pelaksana (Pemohon, Petugas); waktu total 15 menit ditaruh di langkah 2 (ditafsirkan), persyaratan di Kelengkapan langkah 1, produk di Output langkah 3. Judul bagan berbeda dari nama layanan.",
))

# 11 rekaan -------------------------------------------------------------------------------------
SOP.append(dict(
    id="rekaan-c-diskominfo-permintaan-data", status="rekaan",
    kantor="(rekaan) Dinas Komunikasi, Informatika dan Statistik Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="REKAAN (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI, INFORMATIKA", "DAN STATISTIK", "BIDANG STATISTIK SEKTORAL"],
    nama_sop="Pelayanan Permintaan Data Statistik Sektoral", nomor_sop="800/SOP-STAT/07/2024",
    tanggal=[("Tgl. Pembuatan", "2 Januari 2024"), ("Tgl. Revisi", "15 Juli 2024"), ("Tgl. Efektif", "1 Agustus 2024")],
    disahkan=["Kepala Dinas Komunikasi, Informatika dan Statistik", "", "Nama Pejabat Contoh, S.Kom., M.T.", "NIP. 19700101 199503 1 001"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 16 Tahun 1997 tentang Statistik;",
                     "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
                     "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;",
                     "Peraturan Bupati Contoh Nomor 12 Tahun 2021 tentang Penyelenggaraan Statistik Sektoral dan Satu Data Kabupaten Contoh."],
        kualifikasi_pelaksana=["Memahami tata kelola data statistik sektoral dan metadata;", "Mampu mengoperasikan aplikasi pengolah data dan portal satu data;", "Memahami ketentuan keterbukaan informasi publik."],
        keterkaitan=["SOP Pelayanan Informasi Publik;", "SOP Pemutakhiran Portal Satu Data."],
        peralatan=["Komputer dan printer;", "Jaringan internet;", "Buku register permintaan data;", "Portal Satu Data Kabupaten."],
        peringatan=["Apabila SOP ini tidak dilaksanakan, permintaan data tidak terlayani tepat waktu dan data yang diberikan tidak dapat dipertanggungjawabkan."],
        pencatatan=["Register permintaan data;", "Arsip surat jawaban;", "Laporan bulanan pelayanan data."]),
    judul_bagan="BAGAN ALIR PELAYANAN PERMINTAAN DATA STATISTIK SEKTORAL",
    pelaksana=["Pemohon", "Petugas PST", "Staf Seksi Statistik", "Kasi Statistik", "Kabid Statistik", "Sekretaris Dinas", "Kepala Dinas", "Pengelola Portal"],
    langkah=[
        L("Mengajukan permintaan data melalui loket PST atau surel dengan mengisi formulir permintaan data", "Pemohon", "Formulir permintaan data, KTP", "5 Menit", "Formulir terisi"),
        L("Menerima formulir, memberi nomor register dan tanda terima", "Petugas PST", "Buku register", "30 detik", "Nomor register"),
        L("Meneliti kelengkapan dan kejelasan permintaan; bila tidak lengkap dikembalikan kepada pemohon", "Petugas PST", "Formulir, daftar periksa", "10 Menit", "Permintaan lengkap"),
        L("Meneruskan permintaan kepada Kasi Statistik untuk didisposisi", "Petugas PST", "Lembar disposisi", "15-30 menit", "Disposisi"),
        L("Menyiapkan draf data:\n- memilih tabel sesuai permintaan\n- memeriksa metadata dan sumber\n- menulis catatan teknis", "Staf Seksi Statistik", "Basis data sektoral, metadata", "1 Hari", "Draf tabel data"),
        L("Menyusun konsep surat jawaban dan lampiran data", "Staf Seksi Statistik", "Draf tabel data", "2 Jam", "Konsep surat jawaban"),
        L("Memeriksa draf data dan konsep surat; bila belum sesuai dikembalikan untuk diperbaiki", "Kasi Statistik", "Draf data, konsep surat", "1 Jam", "Draf terparaf"),
        L("Memberi paraf dan meneruskan kepada Kabid Statistik", "Kasi Statistik", "Draf terparaf", "15 Menit", "Berkas ke Kabid"),
        L("Menentukan apakah data termasuk data terbuka yang dapat langsung diunggah ke portal", "Kabid Statistik", "Daftar data terbuka", "30 Menit", "Keputusan jenis data"),
        L("Meminta pertimbangan Sekretaris Dinas untuk data yang dikecualikan", "Kabid Statistik", "Nota dinas", "1 Hari", "Nota pertimbangan"),
        L("Memverifikasi isi data dan catatan teknis; bila tidak sesuai dikembalikan kepada staf untuk disusun ulang", "Kabid Statistik", "Draf data, nota pertimbangan", "2 Jam", "Draf terverifikasi"),
        L("Memberi pertimbangan atas data yang dikecualikan", "Sekretaris Dinas", "Nota dinas", "2 x 24 Jam", "Pertimbangan tertulis"),
        L("Menilai apakah surat jawaban perlu ditandatangani Kepala Dinas; bila tidak, ditandatangani Sekretaris Dinas a.n. Kepala Dinas", "Sekretaris Dinas", "Konsep surat", "30 Menit", "Keputusan penandatangan"),
        L("Menandatangani surat jawaban", "Kepala Dinas", "Surat jawaban", "1 Hari", "Surat jawaban bertanda tangan"),
        L("Memberi nomor dan tanggal surat jawaban", "Petugas PST", "Buku agenda surat keluar", "Disesuaikan", "Surat jawaban bernomor"),
        L("Mengonfirmasi kepada pemohon apakah data masih diperlukan; bila tidak, permintaan ditutup", "Petugas PST", "Surat jawaban", "10 Menit", "Konfirmasi pemohon"),
        L("Mengunggah data terbuka ke Portal Satu Data", "Pengelola Portal", "Portal Satu Data", "3 Hari", "Data terbit di portal"),
        L("Menerima surat jawaban dan data", "Pemohon", "Tanda terima", "1 Minggu", "Data diterima pemohon"),
    ],
    kep_data={3: dict(tidak=1), 7: dict(tidak=5), 9: dict(ya=11, tidak=10), 11: dict(tidak=6), 13: dict(tidak=15, ya=14), 16: dict(tidak="selesai")},
    catatan="REKAAN. Menutup: 8 pelaksana, 18 langkah dalam 3 halaman bagan + identitas; Tidak kembali 2 langkah (3->1, 7->5) dan 5 langkah lintas halaman (11->6); Ya melompat (9: Ya->11, Tidak->10); Tidak melompat ke depan melewati langkah berikut (13: Tidak->15); Tidak mengakhiri proses (16); kegiatan bertitik butir; waktu '30 detik', '15-30 menit', '2 x 24 Jam', 'Disesuaikan', '1 Minggu'; identitas berhuruf a., b.",
))

# 12 rekaan -------------------------------------------------------------------------------------
SOP.append(dict(
    id="rekaan-d-kecamatan-ahli-waris", status="rekaan",
    kantor="(rekaan) Kecamatan Contoh, Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="REKAAN (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "KECAMATAN CONTOH"],
    nama_sop="Penerbitan Surat Keterangan Ahli Waris", nomor_sop="SOP/KEC-CTH/PEM/05",
    tanggal=[("Tanggal Pembuatan", "10 Maret 2023"), ("Tanggal Revisi", "-"), ("Tanggal Efektif", "1 April 2023")],
    disahkan=["Camat Contoh", "", "Nama Camat Contoh, S.STP", "NIP. 19800202 200212 1 002"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
                     "Peraturan Bupati Contoh Nomor 30 Tahun 2022 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat"],
        kualifikasi_pelaksana=["Memahami administrasi kependudukan dan hukum waris", "Mampu mengoperasikan komputer"],
        keterkaitan=["SOP Legalisasi Dokumen Kependudukan"],
        peralatan=["Komputer dan printer", "Buku register ahli waris", "Stempel"],
        peringatan=["Surat keterangan tidak dapat diterbitkan bila ahli waris tidak hadir atau terdapat sengketa."],
        pencatatan=["Buku register ahli waris", "Arsip digital"]),
    judul_bagan=None,
    pelaksana=["Pemohon", "Petugas Loket", "Kasi Pemerintahan", "Sekretaris Camat", "Camat", "Petugas Arsip"],
    langkah=[
        L("Menyerahkan berkas permohonan surat keterangan ahli waris", "Pemohon", "Surat pengantar desa, KTP/KK ahli waris, akta kematian", "10 Menit", "Berkas permohonan"),
        L("Menerima dan mencatat berkas dalam buku register", "Petugas Loket", "Buku register", "5 Menit", "Berkas teregister"),
        L("Menghadirkan para ahli waris dan saksi untuk pemeriksaan", "Kasi Pemerintahan", "Daftar hadir", "1 Jam", "Berita acara pemeriksaan"),
        L("Menyusun konsep surat keterangan ahli waris", "Kasi Pemerintahan", "Berita acara pemeriksaan", "1 Hari", "Konsep surat"),
        L("Memeriksa konsep surat; bila tidak sesuai dikembalikan untuk pemeriksaan ulang", "Sekretaris Camat", "Konsep surat", "2 Jam", "Konsep terparaf"),
        L("Menilai apakah terdapat keberatan atau sengketa dari pihak lain", "Camat", "Konsep terparaf", "1 Hari", "Keputusan"),
        L("Mengumumkan permohonan di papan pengumuman kecamatan", "Petugas Loket", "Pengumuman", "2 Hari kerja", "Pengumuman terpasang"),
        L("Menandatangani surat keterangan ahli waris", "Camat", "Konsep terparaf", "15 Menit", "Surat keterangan"),
        L("Menyerahkan surat keterangan kepada pemohon", "Petugas Loket", "Tanda terima", "5 Menit", "Surat diterima pemohon"),
        L("Mengarsipkan salinan surat keterangan", "Petugas Arsip", "Buku arsip", "10 Menit", "Arsip"),
    ],
    kep_data={5: dict(tidak=3), 6: dict(ya=8, tidak=7)},
    catatan="REKAAN. Menutup rantai Excel bergambar (openpyxl + DrawingML yang ditulis sendiri -> LibreOffice Calc): 6 pelaksana, 10 langkah, Tidak kembali 2 langkah (5->3), Ya melompat (6: Ya->8, Tidak->7); identitas bertitik butir (•).",
))

for s in SOP:
    for i, k in (s.pop("kep_data", {}) or {}).items():
        s["langkah"][i - 1]["kep"] = k
