# -*- coding: utf-8 -*-
"""Transkripsi SOP untuk latih-6 (SOP bagian tertahan dihapus dari salinan ini). Langkah: L(kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep)
kep: None | dict(tidak=n|'selesai', ya=n|None). Nama pelaksana ditulis persis seperti tercetak di kepala kolom."""
from data_sop_dasar import L  # noqa

SOP = []

# ------------------------------------------------------------------ latih-6
SOP.append(dict(
    id="pt-denpasar-direktori-putusan", status="nyata",
    kantor="Pengadilan Tinggi Denpasar (Kepaniteraan Hukum), Mahkamah Agung RI", jenis_kantor="pengadilan tinggi",
    sumber="https://docplayer.info/34864477-1-s2-ilmu-hukum-2-s1-ilmu-hukum-3-smu-panmud-hukum-panitera-pengganti.html ; https://adoc.pub/1-s2-ilmu-hukum-2-s1-ilmu-hukum-3-smu-panmud-hukum-panitera-.html ; https://123dok.com/document/zk8j4xmz-ilmu-hukum-ilmu-hukum-panmud-hukum-panitera-pengganti.html",
    kop=["MAHKAMAH AGUNG RI", "PENGADILAN TINGGI DENPASAR", "Jl. Tantular Barat No. 1 Denpasar"],
    nama_sop="SOP DIREKTORI PUTUSAN", nomor_sop="W24.U/ 01 /HK/ 5 /2016",
    tanggal=[("Tanggal Pembuatan", "16-Pebruari-2016"), ("Revisi Ke", "2"), ("Tanggal Revisi", "2 Juni 2016"), ("Tanggal efektif", "2 Juni 2016")],
    disahkan=["KETUA PENGADILAN TINGGI DENPASAR", "", "", "I KETUT GEDE , SH.,M.H", "NIP. 19520615 197902 1 001"],
    identitas=dict(
        dasar_hukum=["UU No. 14 Tahun 2008 ttg Keterbukaan Informasi ;", "UU No. 25 Tahun 2009 ttg Pelayanan Publik ;",
                     "SK KMA No. 1-144/KMA/SK/I/2011 tentang Pedoman Pelayanan Informasi di Pengadilan",
                     "SKMA NO. 026/KMA/SK/II/2012 Tentang Standar Pelayanan Peradilan"],
        kualifikasi_pelaksana=["S2 - Ilmu Hukum", "S1 - Ilmu Hukum", "SMU"],
        keterkaitan=["SOP Kepaniteraan Pidana dan Perdata", "SOP Kepaniteraan Hukum"],
        peralatan=["Komputer, Putusan, Jaringan internet"],
        peringatan=["Jika SOP tidak dilaksanakan maka Direktori Putusan tidak akan terlaksana"],
        pencatatan=["Buku bantu pencatatan putusan,Putusan"]),
    pelaksana=["Panitera Pengganti", "PANMUD HUKUM", "ADM IT"],
    langkah=[
        L("Menerima soft copy putusan perkara perdata,pidana, dan tipikor dari Panitera Pengganti", "PANMUD HUKUM", "Data putusan, flasdisk", "10 Menit", "Data putusan, flasdisk"),
        L("Menerima,mencatat dan menyimpan soft copy putusan perkara perdata ,pidana, dan tipikor", "PANMUD HUKUM", "Data putusan, flasdisk, buku agenda, hardisk", "30 Menit", "Data putusan, flasdisk, buku agenda, hardisk"),
        L("Memeriksa soft copy putusan perkara perdata,pidana, dan tipikor, bila sudah benar diserahkan kepada adm IT, bila tidak kembali lagi pada panmud perdata/pidana/tipikor", "PANMUD HUKUM", "Data putusan, hardisk", "30 Menit", "Data putusan, hardisk", None, kep=dict(tidak=1)),
        L("Melakukan aploud putusan ke dalam direktori putusan", "ADM IT", "Data putusan, hardisk", "1 Jam", "Putusan yang siap di aploud"),
        L("Menerima soft copy putusan perkara perdata,pidana, dan tipikor untuk disimpan bersama berkas perkara", "Panitera Pengganti", "Data putusan, hardisk", "1 Jam", "Arsip Softcopy dan hard copy"),
    ],
    catatan="Lembar SOP AP nyata (transkrip docplayer/adoc/123dok, 1 halaman): identitas lengkap (nomor, tanggal pembuatan, revisi ke, tanggal revisi/efektif, pengesah dengan NIP) dan 5 langkah dengan kelengkapan/waktu/output. "
            "Kolom simbol tidak terbaca dari transkrip: langkah 1-3 ditaruh di kolom PANMUD HUKUM, langkah 4 di ADM IT (aploud), langkah 5 di Panitera Pengganti (disimpan bersama berkas perkara) - ditafsirkan. "
            "Keputusan langkah 3 ('tidak'/'ya' tercetak di sumber): Tidak kembali ke langkah 1 (sumber: 'kembali lagi pada panmud perdata/pidana/tipikor', yang bukan kolom) - ditafsirkan. "
            "Ejaan sumber dipertahankan (flasdisk, aploud, 'perdata ,pidana', '16-Pebruari-2016'). Nomor SK KMA diambil dari versi 123dok/adoc ('1-144').",
))

SOP.append(dict(
    id="kec-selayar-imb", status="nyata-prosedur",
    kantor="Kecamatan di lingkungan Pemerintah Kabupaten Kepulauan Selayar (layanan registrasi IMB, data SIPPN)", jenis_kantor="kecamatan",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8249011/pemerintah-kab-kepulauan-selayar/registrasi-penerbitan-izin-mendirikan-bangunan",
    kop=["PEMERINTAH KABUPATEN KEPULAUAN SELAYAR", "KECAMATAN"],
    nama_sop="Registrasi Penerbitan Izin Mendirikan Bangunan", nomor_sop=None, identitas=None,
    pelaksana=["Pemohon", "Pejabat Pelaksana", "Kepala Seksi Ekonomi dan Pembangunan", "Sekcam", "Camat", "Tim Teknis"],
    maks_per_halaman=[5, 5],
    langkah=[
        L("Pemohon mencari informasi dan mengajukan permohonan dan persyaratan yang diperlukan ke loket pelayanan", "Pemohon",
          "Formulir permohonan; Foto copy KTP; Gambar teknis rencana bangunan; Foto copy bukti kepemilikan tanah", None, "Berkas permohonan"),
        L("Pejabat Pelaksana menerima permohonan dan memeriksa kebenaran dan kelengkapan berkas persyaratan; jika tidak memenuhi persyaratan berkas dikembalikan ke pemohon untuk dilengkapi, apabila memenuhi syarat dicatat di buku agenda dan berkas diajukan ke camat melalui Kepala Seksi Ekonomi dan Pembangunan", "Pejabat Pelaksana",
          "Berkas permohonan, buku agenda", None, None, "Tidak lengkap: dikembalikan ke pemohon", kep=dict(tidak=1)),
        L("Kepala Seksi Ekonomi dan Pembangunan memeriksa dan mengoreksi, jika sesuai ketentuan memerintahkan Pejabat Pelaksana untuk mengetik konsep surat tugas Tim Teknis untuk survey lapangan", "Kepala Seksi Ekonomi dan Pembangunan", "Berkas permohonan"),
        L("Pejabat Pelaksana mengetik konsep Surat Tugas Survei dan menyerahkan hasilnya kepada Kepala Seksi Ekonomi dan Pembangunan", "Pejabat Pelaksana", None, None, "Konsep Surat Tugas Survei"),
        L("Kepala Seksi Ekonomi dan Pembangunan memeriksa dan mengoreksi, apabila sudah sesuai ketentuan diparaf dan diajukan ke camat melalui Sekcam", "Kepala Seksi Ekonomi dan Pembangunan", "Konsep Surat Tugas Survei", None, "Konsep diparaf", None, kep=dict(tidak=4)),
        L("Sekcam memeriksa, diparaf jika setuju dan diteruskan kepada Camat", "Sekcam", "Konsep diparaf", None, None, None, kep=dict(tidak=4)),
        L("Camat menandatangani surat dan menyerahkannya kepada Sekcam; Sekcam menyerahkan kepada Kepala Seksi Ekonomi dan Pembangunan untuk diregistrasi", "Camat", None, None, "Surat Tugas Survei"),
        L("Pejabat Pelaksana memberikan nomor, cap stempel, mengarsipkan dan menyerahkan ke Tim Teknis", "Pejabat Pelaksana", "Surat Tugas Survei", None, "Surat tugas bernomor"),
        L("Tim Teknis melakukan survey lapangan (BA pemeriksaan, rekomendasi Tim Teknis, gambar bangunan, ketetapan biaya), kemudian hasil dihimpun", "Tim Teknis", "Surat tugas bernomor", None, "BA pemeriksaan dan rekomendasi Tim Teknis"),
        L("Pejabat Pelaksana mengetik konsep penerbitan IMB dan menyerahkan hasilnya kepada Kepala Seksi Ekonomi dan Pembangunan", "Pejabat Pelaksana", "BA pemeriksaan dan rekomendasi Tim Teknis", None, "Konsep IMB"),
    ],
    catatan="Standar pelayanan SIPPN (prosedur 10+ butir; kutipan terpotong di butir 10) ditata ke bagan SOP AP, tanpa halaman identitas. "
            "Persyaratan (5 butir sumber; 'akta pendirian' untuk badan hukum tidak dipakai) ditulis di kelengkapan langkah 1. Butir 8 sumber dipadatkan (Kasi menyerahkan ke Pejabat Pelaksana untuk penomoran). "
            "Langkah 10 dilengkapi dari kutipan terpotong ('Pejabat Pelaksana mengetik dan menyerahkan hasilnya k...'). Keputusan langkah 2 dari sumber (Tidak -> berkas kembali ke pemohon = langkah 1); "
            "keputusan langkah 5 dan 6 ditafsirkan (tidak sesuai -> kembali ke pengetikan konsep, langkah 4; langkah 6 melompat ke halaman 1 lewat penghubung). Waktu tidak ada di sumber; output dari kata benda kalimat. "
            "Ejaan dibetulkan (kecamat -> ke camat, memriksa, ddan, kepemohon).",
))

SOP.append(dict(
    id="bptp-sumsel-konsultasi", status="nyata-prosedur",
    kantor="Balai Pengkajian Teknologi Pertanian (BPTP) Sumatera Selatan, Kementerian Pertanian", jenis_kantor="balai kementerian",
    sumber="https://www.slideshare.net/slideshow/sop-standar-pelayanan-publik/249631402",
    kop=["KEMENTERIAN PERTANIAN", "BALAI PENGKAJIAN TEKNOLOGI PERTANIAN", "SUMATERA SELATAN"],
    nama_sop="Pelayanan Informasi dan Konsultasi Teknologi Pertanian", nomor_sop=None, identitas=None,
    pelaksana=["Pemohon/ Pengguna", "Petugas Layanan", "Kepala BPTP", "Kasie KSPP", "Pelaksana Layanan"],
    langkah=[
        L("Permohonan/ pengguna atau melalui surat/ e-mail mengajukan permohonan tertulis dengan mengisi buku tamu untuk mendapatkan pelayanan informasi dan konsultasi atau melalui website BPTP Sumatera Selatan", "Pemohon/ Pengguna",
          "Identitas sesuai kartu identitas; Form Permintaan Layanan", None, "Buku tamu terisi"),
        L("Petugas layanan menerima, mencatat dan menyampaikan permohonan kepada Kepala BPTP Sumatera Selatan", "Petugas Layanan", "Form Permintaan Layanan"),
        L("Kepala BPTP Sumatera Selatan mendisposisi permohonan kepada pelaksana layanan (peneliti/ penyuluh pertanian/ teknisi litkayasa dan lain-lain) dan kepala seksi kerjasama dan pelayanan pengkajian (Kasie KSPP)", "Kepala BPTP", None, None, "Disposisi"),
        L("Petugas layanan menyampaikan surat permintaan data dan memo kepada bagian yang ditunjuk/ pelaksana layanan", "Petugas Layanan", "Disposisi", None, "Surat permintaan data dan memo"),
        L("Kasie KSPP memfasilitasi kegiatan pelayanan informasi dan konsultasi teknologi pertanian sesuai permohonan", "Kasie KSPP"),
    ],
    catatan="Standar pelayanan (slideshare, 'B. STANDAR PELAYANAN 1. PELAYANAN INFORMASI DAN KONSULTASI TEKNOLOGI PERTANIAN', BPTP Sumatera Selatan): prosedur 5 butir ditata ke bagan SOP AP, tanpa identitas. "
            "Kolom 'Pelaksana Layanan' tanpa simbol (disebut dalam langkah 3-4). Kelengkapan langkah 1 dari 'Persyaratan pelayanan'. Kutipan terpotong setelah butir 5. Waktu tidak ada; output ditafsirkan dari kalimat. "
            "Ejaan sumber 'sumatera/sumatra selatan' diseragamkan 'Sumatera Selatan'; 'permohonan/ pengguna' di awal butir 1 dipertahankan ('Permohonan/ pengguna').",
))

SOP.append(dict(
    id="pohuwato-kartu-anggota", status="nyata-prosedur",
    kantor="Dinas Perpustakaan dan Kearsipan Kabupaten Pohuwato (data SIPPN)", jenis_kantor="dinas pemda",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8000133/pemerintah-kabupaten-pohuwato/layanan-pengurusan-kartu-anggota-perpustakaan",
    kop=["PEMERINTAH KABUPATEN POHUWATO", "DINAS PERPUSTAKAAN DAN KEARSIPAN"],
    nama_sop="Layanan Pengurusan Kartu Anggota Perpustakaan", nomor_sop=None, identitas=None,
    pelaksana=["Pemustaka", "Petugas", "Kepala Dinas"],
    langkah=[
        L("Datang Ke Dinas Perpustakaan dan Kearsipan mengisi Daftar Pemustaka/ Pengunjung", "Pemustaka", "Buku Daftar Pemustaka", "5 Menit"),
        L("Petugas Memasukkan Nama ke Buku Anggota", "Petugas", "Buku Daftar Anggota Perpustakaan", "3 Menit"),
        L("Petugas meminta Kartu Pengenal /Identitas lainnya", "Petugas", "Foto Copy KTP Peminjam", "2 Menit"),
        L("Proses Membuat/Mencetak Kartu Anggota", "Petugas", None, "10 Menit", "Kartu anggota tercetak"),
        L("Kepala Dinas Menandatangani Kartu anggota", "Kepala Dinas", "Kartu anggota tercetak", "5 Menit", "Kartu anggota ditandatangani"),
        L("Petugas mengambil/menerima kembali Kartu anggota yang telah di Tanda tangani", "Petugas", None, "2 Menit"),
        L("Pemustaka Menerima Kartu Anggota", "Pemustaka", None, "1 Menit", "Kartu Anggota"),
        L("Pelaksana Menjelaskan Tata Tertib Sebagai Anggota", "Petugas", None, "2 Menit"),
    ],
    catatan="Standar pelayanan SIPPN (persyaratan 3 butir, prosedur 8 butir, waktu '30 Menit') ditata ke bagan SOP AP tanpa identitas. Persyaratan dibagi ke kelengkapan langkah 1-3. "
            "Waktu per langkah DIBAGI dari jumlah 30 menit (ditafsirkan; jumlahnya 30). Output ditafsirkan. Langkah 8 ('Pelaksana ...') di kolom Petugas.",
))

SOP.append(dict(
    id="rekaan-g-dlh-persetujuan-teknis", status="rekaan",
    kantor="(rekaan) Dinas Lingkungan Hidup Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="rekaan (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "DINAS LINGKUNGAN HIDUP", "Jl. Contoh Raya No. 7 Telp. (0000) 123456"],
    nama_sop="PENERBITAN PERSETUJUAN TEKNIS PEMENUHAN BAKU MUTU AIR LIMBAH", nomor_sop="660/014/SOP-DLH/2026",
    tanggal=[("Tgl. Pembuatan", "5 Januari 2026"), ("Tgl. Revisi", "-"), ("Tgl. Efektif", "2 Februari 2026")],
    disahkan=["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN CONTOH", "", "", "Ir. CONTOH SANTOSO, M.Si", "NIP. 19720314 199803 1 005"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup;",
                     "Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup;",
                     "Peraturan Menteri Lingkungan Hidup dan Kehutanan Nomor 5 Tahun 2021 tentang Tata Cara Penerbitan Persetujuan Teknis dan Surat Kelayakan Operasional Bidang Pengendalian Pencemaran Lingkungan;",
                     "Peraturan Bupati Contoh Nomor 40 Tahun 2022 tentang Tugas dan Fungsi Dinas Lingkungan Hidup."],
        kualifikasi_pelaksana=["Memahami peraturan pengendalian pencemaran air;", "Mampu menilai dokumen kajian teknis;", "Mampu mengoperasikan aplikasi persetujuan lingkungan."],
        keterkaitan=["SOP Verifikasi Lapangan", "SOP Penerbitan Surat Kelayakan Operasional", "SOP Pengelolaan Arsip"],
        peralatan=["Komputer dan jaringan internet", "Aplikasi AMDALNET", "Kendaraan dinas untuk verifikasi lapangan", "Alat pengambil sampel air limbah"],
        peringatan=["Persetujuan teknis tidak dapat diterbitkan apabila kajian teknis belum memenuhi baku mutu.", "Keterlambatan penilaian dapat menghambat perizinan berusaha."],
        pencatatan=["Register permohonan persetujuan teknis", "Berita acara verifikasi lapangan", "Arsip persetujuan teknis"]),
    pelaksana=["Pemohon / Penanggung Jawab Usaha", "Petugas Front Office", "Kepala Seksi Pengendalian Pencemaran", "Tim Penilai Teknis",
               "Kepala Bidang Penataan dan Pengendalian", "Laboratorium Lingkungan", "Sekretaris Dinas", "Kepala Dinas"],
    maks_per_halaman=[7, 7, 6],
    langkah=[
        L("Mengajukan permohonan persetujuan teknis melalui aplikasi dengan mengunggah kajian teknis", "Pemohon / Penanggung Jawab Usaha", "Surat permohonan, kajian teknis, NIB", "30 Menit", "Permohonan terunggah"),
        L("Menerima permohonan dan memeriksa kelengkapan administrasi", "Petugas Front Office", "Daftar periksa", "30 detik", "Tanda terima"),
        L("Menilai kelengkapan; berkas tidak lengkap dikembalikan kepada pemohon", "Petugas Front Office", "Daftar periksa", "15 Menit", None, "Tidak lengkap: kembali ke pemohon", kep=dict(tidak=1)),
        L("Mendisposisikan permohonan kepada Kepala Bidang", "Kepala Dinas", "Lembar disposisi", "1 Jam", "Disposisi"),
        L("Meneruskan disposisi dan menetapkan jadwal penilaian", "Kepala Bidang Penataan dan Pengendalian", "Disposisi", "1 Jam", "Jadwal penilaian"),
        L("Menyiapkan bahan penilaian dan mengundang Tim Penilai Teknis", "Kepala Seksi Pengendalian Pencemaran", "Jadwal penilaian", "1 hari", "Undangan rapat teknis"),
        L("Menelaah kajian teknis; usaha skala kecil tanpa uji laboratorium langsung ke rapat pembahasan (langkah 10)", "Tim Penilai Teknis", "Kajian teknis", "2 hari", "Hasil telaah", "Ya: tanpa uji laboratorium", kep=dict(tidak=8, ya=10)),
        L("Melakukan verifikasi lapangan dan pengambilan sampel air limbah", "Tim Penilai Teknis", "Surat tugas, alat sampel", "1 hari", "BA verifikasi lapangan"),
        L("Menguji sampel air limbah", "Laboratorium Lingkungan", "Sampel air limbah", "1 Minggu", "Laporan hasil uji"),
        L("Membahas hasil telaah dan hasil uji dalam rapat teknis", "Tim Penilai Teknis", "Hasil telaah, laporan hasil uji", "30-60 menit", "Notulen rapat teknis"),
        L("Memutuskan kelayakan; kajian yang tidak layak ditolak dan pemohon diberi tahu", "Kepala Bidang Penataan dan Pengendalian", "Notulen rapat teknis", "1 Jam", None, "Tidak layak: permohonan ditolak", kep=dict(tidak="selesai")),
        L("Meminta perbaikan minor kajian teknis bila ada catatan rapat; tanpa catatan langsung ke penyusunan konsep (langkah 14)", "Kepala Seksi Pengendalian Pencemaran", "Catatan rapat", "15 Menit", None, None, kep=dict(tidak=13, ya=14)),
        L("Memperbaiki kajian teknis sesuai catatan", "Pemohon / Penanggung Jawab Usaha", "Catatan rapat", "3 x 24 Jam", "Kajian teknis perbaikan"),
        L("Menyusun konsep persetujuan teknis", "Kepala Seksi Pengendalian Pencemaran", "Kajian teknis final", "2 Jam", "Konsep persetujuan teknis"),
        L("Memeriksa dan memaraf konsep", "Kepala Bidang Penataan dan Pengendalian", "Konsep persetujuan teknis", "30 Menit", "Konsep diparaf", "Tidak: diperbaiki", kep=dict(tidak=14)),
        L("Memeriksa administrasi dan memaraf konsep", "Sekretaris Dinas", "Konsep diparaf", "30 Menit", "Konsep diparaf"),
        L("Menandatangani persetujuan teknis secara elektronik", "Kepala Dinas", "Konsep diparaf", "1 hari kerja", "Persetujuan teknis"),
        L("Memberi nomor dan mengunggah persetujuan teknis ke aplikasi", "Petugas Front Office", "Persetujuan teknis", "15 Menit", "Persetujuan teknis terbit"),
        L("Mengunduh persetujuan teknis", "Pemohon / Penanggung Jawab Usaha", None, "Disesuaikan", "Persetujuan teknis"),
        L("Mengarsipkan berkas permohonan", "Petugas Front Office", None, "10 Menit", "Arsip"),
    ],
    catatan="REKAAN untuk menutup tata letak: 20 langkah, 8 pelaksana berkolom sempit (nama 2-4 baris), 3 halaman bagan + identitas; Tidak kembali (3->1, 15->14), "
            "Ya melompat lintas halaman (7 di halaman bagan 1 -> 10 di halaman bagan 2 lewat segilima berhuruf; Tidak 7->8 juga lintas halaman) dan di halaman sama (12->14, Tidak 12->13), Tidak mengakhiri proses (11); bagan 1-7 / 8-14 / 15-20 pada ketiga rantai; "
            "waktu '30 detik' (0.5 menit), '1 Minggu' (2250), '30-60 menit' (60), '3 x 24 Jam' (1350), '1 hari kerja', 'Disesuaikan' (null).",
))

BAGIAN = {"latih-6": ["pt-denpasar-direktori-putusan", "kec-selayar-imb", "bptp-sumsel-konsultasi", "pohuwato-kartu-anggota", "rekaan-g-dlh-persetujuan-teknis"]}
for s in SOP:
    s["bagian"] = [b for b, ids in BAGIAN.items() if s["id"] in ids][0]
