# -*- coding: utf-8 -*-
"""Transkripsi SOP untuk latih-5. Langkah: L(kegiatan, pelaksana, kelengkapan, waktu_teks, output, keterangan, kep)
kep: None | dict(tidak=n|'selesai', ya=n|None). Nama pelaksana ditulis persis seperti tercetak di kepala kolom."""
from data_sop_dasar import L  # noqa

SOP = []

SOP.append(dict(
    id="setwan-pangandaran-rapat-akd", bagian="latih", status="nyata-sebagian",
    kantor="Sekretariat DPRD Kabupaten Pangandaran (Bagian Rapat dan Perundang-undangan, Subbagian Rapat dan Risalah)", jenis_kantor="sekretariat DPRD",
    sumber="https://id.scribd.com/document/692898227/setwandownload-2-sop-fasilitasi-kegiatan-rapat-rapat-akd",
    kop=["PEMERINTAH KABUPATEN PANGANDARAN", "SEKRETARIAT DPRD", "BAGIAN RAPAT DAN PERUNDANG-UNDANGAN", "SUB BAGIAN RAPAT DAN RISALAH"],
    nama_sop="FASILITASI KEGIATAN RAPAT-RAPAT ALAT KELENGKAPAN DPRD", nomor_sop=None,
    tanggal=[("Tgl Pembuatan", ""), ("Tgl Revisi", ""), ("Tgl Efektif", "")],
    disahkan=["SEKRETARIS DPRD Kab. Pangandaran", "", "", "Drs. SUHERYANA", "Pembina Utama Muda (IV/c)", "NIP. 19640824 199102 1 002"],
    identitas=dict(
        dasar_hukum=["Peraturan Bupati Pangandaran Nomor 41 Tahun 2014 tentang Perubahan atas Peraturan Bupati Nomor 3 Tahun 2014 tentang Organisasi dan Tata Kerja Organisasi Perangkat Daerah Kabupaten Pangandaran",
                     "Peraturan DPRD Kabupaten Pangandaran Nomor 1 Tahun 2014 tentang Tata Tertib"],
        kualifikasi_pelaksana=[], keterkaitan=[],
        peralatan=["Buku Agenda", "Alat Tulis", "Komputer"],
        peringatan=["SOP dapat terlaksana bila pejabat terkait ada di tempat dan siap melaksanakan pekerjaan", "Berkas yang diterima tidak lengkap"],
        pencatatan=[]),
    pelaksana=["Staff/ Pendamping AKD Terkait", "Kasubbag. Rapat dan Risalah", "Kabag. Rapat dan Perundang-undangan", "Ketua AKD DPRD"],
    langkah=[
        L("Menyerahkan/memberitahukan jadwal rapat AKD", "Staff/ Pendamping AKD Terkait", "Rencana jadwal kegiatan", "10 menit", "Rencana jadwal kegiatan", "Pendamping AKD"),
        L("Menerima rencana pelaksanaan/jadwal kegiatan AKD dari pendamping AKD,", "Kasubbag. Rapat dan Risalah", "Rencana jadwal kegiatan", "5 menit", "Rencana jadwal kegiatan", "Kasubbag. Rapat dan Risalah"),
        L("Membuat draft surat undangan rapat AKD.", "Staff/ Pendamping AKD Terkait", "Jadwal kegiatan AKD", "10 menit", "Draft surat undangan rapat AKD", "Pendamping AKD"),
        L("Menyampaikan draft surat undangan rapat AKD untuk diperiksa dan diparaf.", "Kasubbag. Rapat dan Risalah", "Draft surat undangan rapat AKD", "5 menit", "Surat undangan rapat AKD yg sudah diparaf", "Kasubbag. Rapat dan Risalah"),
        L("Menyampaikan draft surat undangan rapat AKD kepada Ketua AKD untuk ditandatangani", "Staff/ Pendamping AKD Terkait", "Surat undangan rapat AKD yg sudah diparaf", "60 menit", "Surat undangan rapat AKD yg sudah ditandatangani", "Pendamping AKD"),
    ],
    catatan="Lembar SOP AP nyata (pindaian OCR di scribd, 3 halaman); identitas dan langkah 1-5 terbaca, kutipan terpotong di tengah langkah 5. "
            "Nomor SOP dan Tgl Pembuatan tidak terbaca (OCR rusak) sehingga dikosongkan. Kepala kolom pelaksana dibaca dari OCR yang teracak "
            "('Staff/ Pendamping AKD Terkait', 'Kasubbag.' [Rapat dan Risalah], 'Kabag. Rapat dan Perundang-undangan', '...DPRD'); kolom keempat ditafsirkan 'Ketua AKD DPRD' (tanpa simbol). "
            "Kolom simbol per langkah ditafsirkan dari kolom Ket (Pendamping AKD / Kasubbag. Rapat dan Risalah) yang tercetak seperti sumber. "
            "Ujung langkah 5 ('untuk ditandatangani') dan outputnya ('...yg sudah ditandatangani') dilengkapi (terpotong di sumber). 'CD' setelah 'rapat AKD,' di langkah 1 dibuang (sisa OCR). "
            "Ejaan OCR dibetulkan (memberltahukan, Menerlma, menlt, teriaksana). Pada varian DOCX waktu dicetak sebagai angka polos di bawah 'Waktu (menit)'.",
))

SOP.append(dict(
    id="rppsa-ntb-petirahan", bagian="latih", status="nyata",
    kantor='RPPSA "Putra Utama" Mataram, Dinas Sosial Kependudukan dan Catatan Sipil Provinsi Nusa Tenggara Barat', jenis_kantor="dinas sosial (UPT)",
    sumber="https://vdocuments.in/rppsa-putra-utama-mataram-nama-sop-outbond-rppsa-putra-utama-.html",
    kop=["DINAS SOSIAL KEPENDUDUKAN DAN CATATAN SIPIL", "PROVINSI NUSA TENGGARA BARAT", "Jalan Langko Nomor 57 Mataram Telp. 625896"],
    nama_sop='Pelayanan Petirahan : Orientasi/konsultasi RPPSA "PUTRA UTAMA" MATARAM', nomor_sop="9.2.01/2010",
    tanggal=[("Tanggal Pembuatan", "19 Desember 2008"), ("Tanggal Revisi", "17 Mei 2010"), ("Tanggal Efektif", "1 Juni 2010")],
    disahkan=["Kadis Sosial Pencapil Prov. NTB."],
    identitas=dict(
        dasar_hukum=["UU No. 4 Tahun 1979, ttg Kesejahteraan Anak.", "UU No. 23 Tahun 2002, ttg Perlindungan Anak", "UUD 1945, Pasal 34.",
                     "UU No. 6 Tahun 1974, ttg Ketentuan-ketentuan Pokok Kesejahteraan Sosial", "UU No. 2 Tahun 1989, Tentang Pendidikan Nasional"],
        kualifikasi_pelaksana=["Pelaksana 1 diwajibkan memiliki kemampuan,kecakapan,terampil dan berjiwa Sosial. Pendidikan minimal S1 KesSos"],
        keterkaitan=["SOP yang dilaksanakan tidak ada keterkaitan dengan SOP di lembaga lain", "SOP eksternal dan teknis"],
        peralatan=["1 Unit komputer"],
        peringatan=["Pejabat yang berwenang tidak di tempat"],
        pencatatan=[]),
    pelaksana=["Kepala RPPSA", "Bag. Penyantunan"],
    langkah=[
        L('Kegiatan petirahan di RPPSA "Putra Utama" Mataram di mulai', "Kepala RPPSA"),
        L("Surat pemberitahuan pelayanan ke Kab/Kota", "Bag. Penyantunan", "Sekolah yg blm pernah di layani", "1 hr"),
        L("Pendataan sekolah dan calon anak tetirah", "Bag. Penyantunan", "- Minimal 5 SD/MI per-angkatan\n- Jelas asal sekolah\n- Jelas jenis kelamin anak", "1hr"),
        L("Pengiriman data lokasi calon kelayan dari Kab/ Kota", "Bag. Penyantunan", "- Jelas lokasi seleksi", "1hr"),
        L("Pelaksanaan orientasi", "Bag. Penyantunan", None, "2hr"),
        L("Laporan kepada Kepala RPPSA", "Kepala RPPSA", None, "1 hari"),
    ],
    catatan="Lembar SOP AP nyata (transkrip vdocuments dari sosial.ntbprov.go.id): identitas lengkap dan 6 langkah. Sumber menomori langkah 5 sebagai '4.' (salah ketik) - di sini 1-6. "
            "Kepala kolom sumber hanya 'Pelaksana 1'/'Pelaksana 2' dengan nama di dalam simbol (Mulai, Bag. Penyantunan, Selesai); nama kolom ditafsirkan 'Kepala RPPSA' dan 'Bag. Penyantunan'. "
            "Angka '0' di kolom waktu langkah 1 (sisa transkrip) tidak dipakai. Waktu '1 hr'/'1hr'/'2hr' seperti sumber (hr = hari). Output tidak ada di sumber (kosong). Judul dokumen vdocuments menyebut 'Outbond', isi identitas 'Pelayanan Petirahan :Orientasi/konsultasi'.",
))

SOP.append(dict(
    id="kua-suwela-pendaftaran-nikah", bagian="latih", status="nyata-prosedur",
    kantor="Kantor Urusan Agama Kecamatan Suwela, Kantor Kementerian Agama Kabupaten Lombok Timur", jenis_kantor="KUA",
    sumber="https://www.salmawa.com/2026/01/sop-kua-kecamatan-suwela.html",
    kop=["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN LOMBOK TIMUR", "KANTOR URUSAN AGAMA KECAMATAN SUWELA"],
    nama_sop="Pelayanan Pendaftaran Nikah", nomor_sop=None, identitas=None,
    pelaksana=["Calon Pengantin (Catin)", "Petugas Pendaftaran", "Penghulu"],
    langkah=[
        L("Penerimaan: Calon Pengantin (Catin) menyerahkan berkas ke petugas pendaftaran.", "Calon Pengantin (Catin)",
          "a. Formulir Model N1, N2, N4.\nb. Fotokopi KTP, KK, Akta Kelahiran.\nc. Pas foto latar biru (2x3 = 4 lembar, 4x6 = 2 lembar).\nd. Izin Komandan (TNI/Polri) atau Akta Cerai/Kematian (jika duda/janda)."),
        L("Verifikasi: Petugas memeriksa kelengkapan dan keabsahan dokumen (Sistem Informasi Manajemen Nikah/SIMKAH).", "Petugas Pendaftaran", None, None, None, None, kep=dict(tidak=1)),
        L("Input Data: Petugas menginput data ke aplikasi SIMKAH Web.", "Petugas Pendaftaran"),
        L("Pembayaran: Petugas memberikan kode billing (MPN G3) untuk pembayaran biaya nikah di luar kantor (Rp600.000) ke Bank/Pos.\nJika nikah di KUA (Jam kerja), biaya Rp0.", "Petugas Pendaftaran"),
        L("Pemeriksaan (NB): Penghulu melakukan pemeriksaan administrasi dan fisik terhadap Catin dan Wali Nikah.", "Penghulu", None, None, "Lembar Pemeriksaan (Model NB)"),
        L("Penjadwalan: Petugas mencatat jadwal akad nikah dalam buku kendali.", "Petugas Pendaftaran"),
    ],
    catatan="Halaman SOP KUA (butir 1 'Pelayanan Pendaftaran Nikah': persyaratan 4 butir, prosedur kerja 6 butir) ditata ke bagan SOP AP. Kolom pelaksana dari subjek kalimat. "
            "Keputusan langkah 2 (verifikasi) ditafsirkan: Tidak kembali ke langkah 1 (berkas dilengkapi). Persyaratan ditulis di kolom kelengkapan langkah 1 (butir a.-d.; sumber: '*' dan 1)-3)). "
            "Output langkah 5 dari butir 2 sumber ('Penandatanganan Lembar Pemeriksaan (Model NB)'). Waktu tidak ada di sumber. Tanpa halaman identitas.",
))

SOP.append(dict(
    id="bps-lampung-konsultasi", bagian="latih", status="nyata-prosedur",
    kantor="BPS Provinsi Lampung (Pelayanan Statistik Terpadu), data SIPPN", jenis_kantor="BPS",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8279845/pelayanan-statistik-terpadu-bps-provinsi-lampung/pelayanan-konsultasi-statistik",
    kop=["BADAN PUSAT STATISTIK", "PROVINSI LAMPUNG"],
    nama_sop="Pelayanan Konsultasi Statistik", nomor_sop=None, identitas=None,
    pelaksana=["Pengguna Layanan", "Petugas Front Office", "Petugas Konsultasi Statistik"],
    langkah=[
        L("Pengguna layanan mengakses layanan konsultasi statistik dengan mengunjungi unit PST BPS.", "Pengguna Layanan", "Kartu identitas yang masih berlaku (KTP, SIM, Paspor, dan lain-lain)"),
        L("Pengguna layanan menuju front office untuk mengisi buku tamu dan menjelaskan tujuan kedatangannya.", "Petugas Front Office", "Buku tamu"),
        L("Pengguna layanan menuju meja layanan konsultasi untuk menyampaikan konsultasi kepada petugas.", "Pengguna Layanan"),
        L("Petugas memberikan informasi berkaitan dengan materi yang dikonsultasikan pengguna layanan.", "Petugas Konsultasi Statistik"),
        L("Jika pengguna layanan perlu menindaklanjuti informasi tersebut untuk mendapatkan produk-produk pelayanan lainnya, maka dapat mengakses jenis layanan lainnya pada PST.", "Pengguna Layanan"),
        L("Pengguna layanan memberikan penilaian/rating/ pengaduan terhadap kualitas pelayanan konsultasi statistik.", "Pengguna Layanan"),
        L("Pengguna layanan selesai mengakses layanan konsultasi statistik.", "Pengguna Layanan"),
    ],
    catatan="Standar pelayanan SIPPN (No. SK 030 Tahun 2024), prosedur 'Layanan dengan cara kunjungan langsung (offline)' 7 butir, ditata ke bagan SOP AP. "
            "Kolom pelaksana ditafsirkan (langkah 2 di kolom Petugas Front Office karena buku tamu di meja front office; langkah 4 Petugas Konsultasi Statistik). "
            "Kelengkapan langkah 1-2 dari persyaratan layanan. Butir 5 ('Jika ... dapat mengakses jenis layanan lainnya') TIDAK digambar sebagai keputusan. Waktu/output tidak ada di sumber.",
))

SOP.append(dict(
    id="inspektorat-pekalongan-pengaduan", bagian="latih", status="nyata-prosedur",
    kantor="Inspektorat Daerah Kota Pekalongan", jenis_kantor="inspektorat",
    sumber="https://sippn.menpan.go.id/pelayanan-publik/8173221/pemerintah-kota-pekalongan/penanganan-pengaduan-masyarakat ; https://inspektorat.pekalongankota.go.id/halaman/pengaduan-masyarakat.html",
    kop=["PEMERINTAH KOTA PEKALONGAN", "INSPEKTORAT DAERAH"],
    nama_sop="Penanganan Pengaduan Masyarakat (Pengaduan Tidak Langsung dan Online)", nomor_sop=None,
    tanggal=[("Tanggal Pembuatan", ""), ("Tanggal Revisi", ""), ("Tanggal Efektif", "")],
    disahkan=["Inspektur Daerah Kota Pekalongan", "", "", "NIP."],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
                     "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
                     "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah.",
                     "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
                     "Peraturan Menteri Dalam Negeri Nomor 33 Tahun 2011 tentang Pedoman Fasilitasi Pengaduan di Lingkungan Kementerian Dalam Negeri dan Pemerintahan Daerah.",
                     "Peraturan Walikota Pekalongan Nomor 66 Tahun 2020 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Inspektorat Daerah."],
        kualifikasi_pelaksana=[], keterkaitan=[], peralatan=[], peringatan=[], pencatatan=[]),
    pelaksana=["Pengadu", "Inspektur", "Irban III", "Sekretariat", "Tim Pemeriksa", "Walikota"],
    maks_per_halaman=[6, 5],
    langkah=[
        L("Pengadu menyampaikan pengaduan melalui kanal / aplikasi yang telah disediakan.", "Pengadu", "Laporan pengaduan secara online / surat limpahan aduan"),
        L("Irban III menerima surat pengaduan yang telah disposisi oleh Inspektur.", "Irban III", "Surat pengaduan"),
        L("Irban III menindaklanjuti dengan menyusun konsep telaahan staf terhadap surat aduan dan diajukan kepada Inspektur untuk mendapatkan disposisi", "Irban III", None, None, "Konsep telaahan staf"),
        L("Apabila disposisi telaah staf hanya berupa tindak lanjut untuk OPD terkait, maka surat aduan diteruskan dan dikoordinasikan tindak lanjutnya kepada OPD tersebut.", "Inspektur", None, None, None, "Tidak: diteruskan ke OPD terkait", kep=dict(tidak="selesai")),
        L("Apabila disposisi telaah staf harus ditindaklanjuti dengan pengawasan, maka dilanjutkan dengan persiapan pemeriksaan kasus/khusus.", "Irban III"),
        L("Atas usulan Irban III, Inspektur menetapkan Tim Pemeriksa", "Inspektur", None, None, "Tim Pemeriksa"),
        L("Mengurus penerbitan Surat Tugas Pemeriksaan di Sekretariat", "Sekretariat", None, None, "Surat Tugas Pemeriksaan"),
        L("Melaksanakan pemeriksaan khusus kepada pihak-pihak terkait", "Tim Pemeriksa"),
        L("Tim Pemeriksa menyusun Laporan Hasil Pemeriksaan (LHP)", "Tim Pemeriksa", None, None, "LHP"),
        L("Menyampaikan LHP kepada Inspektur dan Walikota.", "Walikota", "LHP"),
        L("Inspektur memberikan surat jawaban kepada pengadu", "Inspektur", None, None, "Surat jawaban"),
    ],
    catatan="Standar pelayanan SIPPN Kota Pekalongan, prosedur 'PENGADUAN TIDAK LANGSUNG DAN ONLINE' 11 butir, ditata ke bagan SOP AP dengan halaman identitas. "
            "Dasar Hukum: butir 1-4, 8 dan 12 dari 12 butir di laman Inspektorat (butir lain tidak dipakai agar halaman identitas muat); bidang identitas lain, nomor, tanggal dan nama pengesah tidak ada di sumber (kosong). "
            "Keputusan langkah 4 ditafsirkan: disposisi hanya tindak lanjut OPD -> Tidak mengakhiri proses (surat diteruskan ke OPD), selain itu lanjut ke 5. "
            "Kolom simbol dari subjek kalimat; langkah 7, 8, 10 tanpa subjek ditaruh di kolom Sekretariat, Tim Pemeriksa dan Walikota (ditafsirkan). Kelengkapan/output langkah 1-3 dan 9-11 dari kata benda kalimat. Waktu tidak ada di sumber.",
))

SOP.append(dict(
    id="rekaan-f-rsud-izin-penelitian", bagian="latih", status="rekaan",
    kantor="(rekaan) Rumah Sakit Umum Daerah Kabupaten Contoh", jenis_kantor="rekaan",
    sumber="rekaan (dibuat untuk set ini)",
    kop=["PEMERINTAH KABUPATEN CONTOH", "RUMAH SAKIT UMUM DAERAH", "KABUPATEN CONTOH"],
    nama_sop="PEMBERIAN IZIN PENELITIAN DI LINGKUNGAN RSUD", nomor_sop="445/027/SOP-RSUD/2025",
    tanggal=[("Tgl. Pembuatan", "6 Januari 2025"), ("Tgl. Revisi", "-"), ("Tgl. Efektif", "3 Februari 2025")],
    disahkan=["DIREKTUR RSUD KABUPATEN CONTOH", "", "", "dr. CONTOH WIBOWO, Sp.PD, M.Kes", "NIP. 19760512 200501 1 003"],
    butir_kual="huruf",
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
                     "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
                     "Peraturan Bupati Contoh Nomor 12 Tahun 2022 tentang Tata Kelola Rumah Sakit Umum Daerah Kabupaten Contoh;"],
        kualifikasi_pelaksana=["Pendidikan minimal D3 untuk petugas loket dan S1 untuk pejabat struktural;", "Memahami etika penelitian kesehatan;", "Mampu mengoperasikan komputer dan aplikasi persuratan."],
        keterkaitan=["SOP Kaji Etik Penelitian Kesehatan", "SOP Pengelolaan Surat Masuk dan Keluar", "SOP Pendampingan Peserta Didik dan Peneliti"],
        peralatan=["Komputer, printer dan jaringan internet", "Buku register permohonan izin penelitian", "Formulir daftar periksa persyaratan", "Stempel dinas"],
        peringatan=["Apabila SOP ini tidak dilaksanakan, penelitian dapat berlangsung tanpa izin dan tanpa kaji etik sehingga berisiko bagi pasien dan rumah sakit."],
        pencatatan=["Register permohonan izin penelitian", "Arsip surat izin dan laporan hasil penelitian"]),
    pelaksana=["Peneliti / Pemohon", "Petugas Loket Diklat dan Penelitian", "Kepala Subbagian Pendidikan dan Penelitian", "Kepala Bagian Tata Usaha",
               "Komite Etik Penelitian Kesehatan", "Kepala Instalasi / Ruangan Terkait", "Wakil Direktur Umum dan Keuangan", "Direktur RSUD"],
    maks_per_halaman=[6, 7, 5],
    langkah=[
        L("Mengajukan permohonan izin penelitian dengan melampirkan:\n- surat pengantar dari institusi pendidikan\n- proposal penelitian\n- fotokopi KTP/kartu mahasiswa", "Peneliti / Pemohon", "Surat permohonan", "15 Menit", "Berkas permohonan"),
        L("Menerima berkas dan memeriksa kelengkapan persyaratan", "Petugas Loket Diklat dan Penelitian", "Daftar periksa", "15 Menit", "Berkas diperiksa"),
        L("Menilai kelengkapan berkas; berkas yang tidak lengkap dikembalikan kepada pemohon", "Petugas Loket Diklat dan Penelitian", "Berkas diperiksa", "5 menit", None, "Tidak lengkap: kembali ke pemohon", kep=dict(tidak=1)),
        L("Mencatat permohonan dalam buku register dan menerbitkan tanda terima", "Petugas Loket Diklat dan Penelitian", "Buku register", "10 Menit", "Tanda terima"),
        L("Menelaah proposal:\na. menilai jenis data yang diambil;\nb. menentukan perlu tidaknya kaji etik.\nPenelitian data sekunder tanpa kaji etik langsung ke langkah 9", "Kepala Subbagian Pendidikan dan Penelitian", "Proposal penelitian", "1 Jam", "Hasil telaah", "Ya: tanpa kaji etik", kep=dict(tidak=6, ya=9)),
        L("Melakukan kaji etik penelitian", "Komite Etik Penelitian Kesehatan", "Proposal, formulir kaji etik", "2x24 jam", "Hasil kaji etik"),
        L("Memutuskan kelaikan etik penelitian", "Komite Etik Penelitian Kesehatan", "Hasil kaji etik", "1 hari kerja", None, "Tidak laik etik: permohonan ditolak", kep=dict(tidak="selesai")),
        L("Menerbitkan surat keterangan laik etik (ethical clearance)", "Komite Etik Penelitian Kesehatan", None, "1 hari kerja", "Ethical clearance"),
        L("Menyusun konsep surat izin penelitian", "Kepala Subbagian Pendidikan dan Penelitian", "Hasil telaah / ethical clearance", "30 Menit", "Konsep surat izin"),
        L("Memeriksa dan memaraf konsep surat izin", "Kepala Bagian Tata Usaha", "Konsep surat izin", "15 Menit", "Konsep diparaf", "Tidak: diperbaiki", kep=dict(tidak=9)),
        L("Memaraf konsep surat izin", "Wakil Direktur Umum dan Keuangan", "Konsep diparaf", "15 Menit", "Konsep diparaf"),
        L("Menandatangani surat izin penelitian", "Direktur RSUD", "Konsep diparaf", "1 hari kerja", "Surat izin penelitian"),
        L("Memberi nomor, stempel dan mengirimkan tembusan kepada instalasi terkait", "Petugas Loket Diklat dan Penelitian", "Surat izin penelitian", "10 Menit", "Tembusan terkirim"),
        L("Menerima tembusan dan menilai kesiapan instalasi menerima peneliti; bila belum siap, tembusan dikembalikan ke petugas loket untuk penjadwalan ulang", "Kepala Instalasi / Ruangan Terkait", "Tembusan surat izin", "1 Jam", "Jadwal pendampingan", None, kep=dict(tidak=13)),
        L("Melaksanakan penelitian sesuai jadwal dengan didampingi petugas instalasi", "Peneliti / Pemohon", "Surat izin penelitian", "Tentatif", "Data penelitian"),
        L("Memverifikasi data yang diambil dan menandatangani lembar selesai penelitian", "Kepala Instalasi / Ruangan Terkait", "Data penelitian", "1 Jam", "Lembar selesai penelitian", None, kep=dict(tidak=15)),
        L("Menyerahkan salinan laporan hasil penelitian", "Peneliti / Pemohon", "Laporan hasil penelitian", "15 Menit", "Laporan hasil penelitian"),
        L("Mengarsipkan berkas dan laporan penelitian", "Petugas Loket Diklat dan Penelitian", None, "10 Menit", "Arsip"),
    ],
    catatan="REKAAN untuk menutup tata letak yang jarang di sumber: 18 langkah, 8 pelaksana dengan nama panjang (pecah 2-3 baris), 3 halaman bagan + halaman identitas; "
            "Tidak kembali di halaman sama (3->1, 10->9, 16->15), Tidak kembali lintas halaman (14 di halaman 3 -> 13 di halaman 2), Ya melompat lintas halaman (5 -> 9, Tidak 5 -> 6), "
            "Tidak mengakhiri proses (7); kegiatan dengan butir '-' dan 'a.' serta beberapa paragraf; waktu '15 Menit', '1 Jam', '2x24 jam', '1 hari kerja', 'Tentatif'; kualifikasi berhuruf a., b., c.",
))
