# -*- coding: utf-8 -*-
"""Transkripsi 4 SOP latih-7 (lihat data_sop.py)."""
from data_sop_dasar import L  # noqa
SOP = []

SOP.append(dict(
    id="disdukcapil-wonogiri-akta-kematian", status="nyata-prosedur",
    kantor="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Wonogiri (standar pelayanan di situs dinas)", jenis_kantor="dinas kependudukan",
    sumber="https://disdukcapil.wonogirikab.go.id/layanan/pencatatan-akta-kematian",
    kop=["PEMERINTAH KABUPATEN WONOGIRI", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    nama_sop="PENCATATAN AKTA KEMATIAN", nomor_sop=None, identitas=None,
    pelaksana=["Pemohon", "Front Office", "Validator", "Bagian Produksi", "Kepala Dinas"],
    langkah=[
        L("Pemohon mengajukan permohonan Akta Kematian dengan mengisi Formulir F-2.01 (Formulir Pelaporan Pencatatan Sipil) dan melengkapi berkas persyaratan melalui Loket online. Untuk cetak mandiri pemohon wajib mengisi alamat email", "Pemohon",
          "Fotocopy surat kematian; Fotocopy KK/KTP yang meninggal dunia", None, "Permohonan melalui Loket online"),
        L("Front Office Menerima, Meneliti dan memverifikasi kelengkapan berkas persyaratan, Jika sesuai dilanjutkan ke proses input data, Jika tidak sesuai permohonan dibatalkan kepada pemohon dan mendapatkan SMS pembatalan", "Front Office",
          "Formulir F-2.01 dan berkas persyaratan", None, None, "Tidak sesuai: permohonan dibatalkan (SMS pembatalan)", kep=dict(tidak="selesai")),
        L("Front Office menginput data di SIAK dan aplikasi loket serta mengupload draf Akta Kematian pada aplikasi loket dan diteruskan ke Validator", "Front Office",
          "Berkas persyaratan lengkap", None, "Draf Akta Kematian"),
        L("Validator Mengoreksi dan memvalidasi draft Akta Kematian, Jika setuju meneruskan ke bagian produksi, Jika tidak setuju mengembalikan ke front office", "Validator",
          "Draf Akta Kematian", None, None, "Tidak setuju: kembali ke Front Office", kep=dict(tidak=3)),
        L("Bagian Produksi memproses pengajuan Tanda tangan Elektronik Akta Kematian", "Bagian Produksi", "Draf Akta Kematian tervalidasi", None, "Pengajuan TTE"),
        L("Validator Memverifikasi pengajuan Tanda Tangan Elektronik Akta Kematian, Jika setuju meneruskan kepada Kepala Dinas, Jika tidak setuju mengembalikan ke Bagian Produksi", "Validator",
          "Pengajuan TTE", None, None, "Tidak setuju: kembali ke Bagian Produksi", kep=dict(tidak=5)),
        L("Kepala Dinas memproses Sertifikat Elektronik (Tanda Tangan Elektronik) Akta Kematian", "Kepala Dinas", "Pengajuan TTE terverifikasi", None, "Akta Kematian ber-TTE"),
    ],
    catatan="Standar pelayanan 'Pencatatan Akta Kematian' (situs Disdukcapil Wonogiri): persyaratan 3 butir, prosedur 7+ butir (kutipan terpotong di butir 7 'Kepala Dinas memproses Sertifi...'). "
            "Butir 1-6 ditranskripsi apa adanya (huruf besar-kecil sumber dipertahankan: 'Menerima, Meneliti', 'Mengoreksi', 'Memverifikasi'); butir 7 DILENGKAPI ('Sertifikat Elektronik (Tanda Tangan Elektronik) Akta Kematian') - ditafsirkan; butir sesudahnya tidak dipakai. "
            "Keputusan dari kalimat sumber: 2 Tidak sesuai -> permohonan dibatalkan (Tidak mengakhiri proses), 4 Tidak setuju -> kembali ke Front Office (langkah 3), 6 Tidak setuju -> kembali ke Bagian Produksi (langkah 5). "
            "Kelengkapan langkah 1 diringkas dari persyaratan (butir 1 dan 3 sumber; butir 2 'Dokumen Perjalanan' tidak dipakai); kelengkapan/output langkah 2-7 ditafsirkan. Waktu tidak disebut di kutipan -> kosong.",
))

SOP.append(dict(
    id="kec-pendopo-barat-pindah-keluar", status="nyata-prosedur",
    kantor="Kecamatan Pendopo Barat, Kabupaten Empat Lawang (SK Camat tentang Standar Pelayanan, 2022)", jenis_kantor="kecamatan",
    sumber="https://id.scribd.com/document/623871872/SPP-KEC-PENDOPO-BARAT",
    kop=["PEMERINTAH KABUPATEN EMPAT LAWANG", "KECAMATAN PENDOPO BARAT"],
    nama_sop="STANDAR PELAYANAN SURAT KETERANGAN PINDAH KELUAR", nomor_sop=None,
    tanggal=[("Tanggal Pembuatan", "2022"), ("Tanggal Revisi", "-"), ("Tanggal Efektif", "2022")],
    disahkan=["CAMAT PENDOPO BARAT", "", "", "(..............................)"],
    identitas=dict(
        dasar_hukum=["UU No :23 Thn 2006 Tentang Administrasi Kependudukan",
                     "Perpres No. 25 Thn 2008 Tentang Persyaratan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil",
                     "Perpres No.26 Thn 2009 tentang Penerapan KTP Berbasis NIK secara Nasional",
                     "Perda Kota Medan No.1 Thn 2010 Tentang Penyelenggaraan Administrasi Kependudukan"],
        kualifikasi_pelaksana=["Kualifikasi pendidikan : minimal SMA", "Menguasai komputer;", "Menguasai tata bahasa yang baik;", "Memahami peraturan perundang-undangan."],
        keterkaitan=[],
        peralatan=["Ruang tunggu", "Komputer", "Printer", "Toilet"],
        peringatan=[],
        pencatatan=[]),
    pelaksana=["PEMOHON", "Petugas Loket", "Kasi Yanum", "Sekcam", "Camat"],
    langkah=[
        L("Pemohon datang membawa persyaratan ke kantor Camat", "PEMOHON", "Surat Pengantar Desa; KTP dan KK (Asli dan Fotocopy)", None, "Berkas persyaratan"),
        L("Dilayani oleh petugas loket", "Petugas Loket", "Berkas persyaratan"),
        L("Diverifikasi dan di paraf oleh Kasi Pelayanan Umum", "Kasi Yanum", "Berkas persyaratan", None, "Berkas diparaf", "Tidak sesuai: dikembalikan ke pemohon", kep=dict(tidak=1)),
        L("Di paraf oleh Sekcam", "Sekcam", "Berkas diparaf", None, "Berkas diparaf"),
        L("Ditandatangani oleh Camat", "Camat", "Berkas diparaf", None, "Surat Keterangan Pindah Keluar"),
        L("Berkas diberikan kepada pemohon", "Petugas Loket", None, None, "Formulir Surat Keterangan Pindah Keluar Kabupaten/Provinsi", "Proses 1 Minggu"),
    ],
    catatan="Lampiran II SK Camat Pendopo Barat No. 140/ /SK/PDB/2022 (standar pelayanan, scribd): bagan prosedur dengan 5 kolom (PEMOHON, Petugas Loket, Camat, Kasi Yanum, Sekcam) dan keterangan 6 butir - ditata ke bagan SOP AP. "
            "Halaman identitas DISUSUN dari komponen standar pelayanan yang sama (Dasar Hukum 4 butir ditranskripsi apa adanya, termasuk 'Perda Kota Medan' seperti tercetak di sumber; Kompetensi Pelaksana -> Kualifikasi Pelaksana; Sarana dan Prasarana -> Peralatan/Perlengkapan); "
            "keterkaitan, peringatan, pencatatan kosong; nomor SOP tidak ada (null); tanggal hanya tahun SK; nama pengesah titik-titik. Urutan kolom pelaksana disusun ulang mengikuti urutan langkah. "
            "Keputusan langkah 3 (tidak sesuai -> dikembalikan ke pemohon) DITAFSIRKAN; waktu 'Proses 1 Minggu' sumber ditaruh di keterangan langkah 6 (kolom waktu kosong); output ditafsirkan kecuali langkah 6 ('Produk layanan').",
))

SOP.append(dict(
    id="dispenduk-probolinggo-lahir-mati", status="nyata-prosedur",
    kantor="Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo (standar pelayanan di situs dinas)", jenis_kantor="dinas kependudukan",
    sumber="https://dispenduk.probolinggokota.go.id/pelaporan-lahir-mati/",
    kop=["PEMERINTAH KOTA PROBOLINGGO", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    nama_sop="Pelaporan Lahir Mati", nomor_sop=None, identitas=None,
    pelaksana=["Pemohon", "Petugas pelayanan", "Analis Kebijakan", "Kepala Bidang Pelayanan Pencatatan Sipil", "Operator Siak", "Kepala Dinas"],
    maks_per_halaman=[6, 6],
    langkah=[
        L("Pemohon mengisi dan menandatangani formulir pelaporan F-2.01 dengan menyerahkan persyaratan", "Pemohon",
          "Fotokopi Surat keterangan lahir mati; Fotokopi KK orang tua", None, "Formulir F-2.01 dan persyaratan"),
        L("Petugas pelayanan melakukan verifikasi dan validasi terhadap formulir pelaporan dan persyaratan.", "Petugas pelayanan",
          "Formulir F-2.01 dan persyaratan", None, None, "Tidak lengkap: kembali ke pemohon", kep=dict(tidak=1)),
        L("Setelah berkas persyaratan dinyatakan lengkap, petugas pelayanan memberikan tanda bukti pengambilan.", "Petugas pelayanan", None, None, "Tanda bukti pengambilan"),
        L("Analis Kebijakan pada Bidang Pelayanan Pencatatan Sipil melakukan verifikasi berkas persyaratan.", "Analis Kebijakan", "Berkas persyaratan"),
        L("Kepala Bidang Pelayanan Pencatatan Sipil melakukan validasi berkas permohonan.", "Kepala Bidang Pelayanan Pencatatan Sipil", "Berkas permohonan"),
        L("Operator Siak mengentri berkas permohonan pada aplikasi SIAK.", "Operator Siak", "Berkas permohonan", None, "Data pada aplikasi SIAK"),
        L("Analis Kebijakan pada Bidang Pelayanan Pencatatan Sipil /Kepala Bidang melakukan verifikasi pengajuan TTE.", "Analis Kebijakan", None, None, "Pengajuan TTE"),
        L("Kepala Dinas Kependudukan dan Pencatatan Sipil melakukan tanda tangan elektronik (TTE).", "Kepala Dinas", "Pengajuan TTE", None, "Dokumen ber-TTE"),
        L("Operator Siak mencetak Surat Keterangan Lahir Mati.", "Operator Siak", None, None, "Surat Keterangan Lahir Mati"),
        L("Petugas pelayanan menyerahkan Surat Keterangan Lahir Mati kepada pemohon dengan menunjukkan tanda bukti pengambilan.", "Petugas pelayanan",
          "Tanda bukti pengambilan", None, "Surat Keterangan Lahir Mati", "1 hari kerja sejak berkas dinyatakan lengkap"),
    ],
    catatan="Standar pelayanan 'Pelaporan Lahir Mati' (situs Dispendukcapil Kota Probolinggo): persyaratan 3 butir, prosedur 10 butir (lengkap), waktu penyelesaian 1 hari kerja - ditata ke bagan SOP AP tanpa identitas. "
            "Kalimat prosedur ditranskripsi apa adanya (titik akhir dipertahankan kecuali butir 1). Kelengkapan langkah 1 dari persyaratan butir 1 dan 3 (diringkas; butir 2 'Surat pernyataan ... bagi yang tidak memiliki' tidak dipakai). "
            "Keputusan langkah 2 (tidak lengkap -> kembali ke pemohon) DITAFSIRKAN dari butir 3 ('Setelah berkas persyaratan dinyatakan lengkap'). Langkah 7 ('Analis Kebijakan ... /Kepala Bidang') di kolom Analis Kebijakan. "
            "Waktu '1 hari kerja' hanya di keterangan langkah 10 (kolom waktu kosong). Output ditafsirkan. Bagan dipecah 6/4 langkah bila 2 halaman.",
))

SOP.append(dict(
    id="rekaan-j-univ-pengganti-ijazah", status="rekaan",
    kantor="(rekaan) Fakultas Ilmu Sosial, Universitas Negeri Contoh", jenis_kantor="rekaan",
    sumber="rekaan (dibuat untuk set ini)",
    kop=["KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", "UNIVERSITAS NEGERI CONTOH", "FAKULTAS ILMU SOSIAL"],
    nama_sop="PENERBITAN SURAT KETERANGAN PENGGANTI IJAZAH", nomor_sop="SOP/FIS-UNC/AK/07/2025",
    tanggal=[("Tanggal Pembuatan", "14 Juli 2025"), ("Tanggal Revisi", "3 Maret 2026"), ("Tanggal Efektif", "16 Maret 2026")],
    disahkan=["DEKAN FAKULTAS ILMU SOSIAL", "", "", "Prof. Dr. CONTOH WIBOWO, M.Si.", "NIP 19680412 199303 1 002"],
    identitas=dict(
        dasar_hukum=["Undang-Undang Nomor 12 Tahun 2012 tentang Pendidikan Tinggi;",
                     "Peraturan Menteri Riset, Teknologi, dan Pendidikan Tinggi Nomor 59 Tahun 2018 tentang Ijazah, Sertifikat Kompetensi, Sertifikat Profesi, Gelar, dan Tata Cara Penulisan Gelar di Perguruan Tinggi;",
                     "Peraturan Rektor Universitas Negeri Contoh Nomor 9 Tahun 2023 tentang Layanan Administrasi Akademik."],
        kualifikasi_pelaksana=["Minimal D3/S1;", "Memahami administrasi akademik dan arsip alumni;", "Mampu mengoperasikan sistem informasi akademik."],
        keterkaitan=["SOP Legalisir Ijazah dan Transkrip", "SOP Pengelolaan Arsip Alumni"],
        peralatan=["Komputer dan printer", "Sistem informasi akademik", "Blanko surat keterangan", "Buku register"],
        peringatan=["Surat keterangan tidak diterbitkan bila laporan kehilangan dari kepolisian tidak dilampirkan."],
        pencatatan=["Buku register surat keterangan pengganti ijazah", "Arsip digital"]),
    pelaksana=["Alumni/ Pemohon", "Staf Akademik", "Kepala Subbagian Akademik", "Wakil Dekan Bidang Akademik", "Dekan"],
    maks_per_halaman=[7, 5],
    langkah=[
        L("Mengajukan permohonan surat keterangan pengganti ijazah", "Alumni/ Pemohon", "Surat permohonan, laporan kehilangan dari kepolisian, fotokopi KTP", "10 menit", "Berkas permohonan"),
        L("Memeriksa kelengkapan berkas permohonan", "Staf Akademik", "Berkas permohonan", "15 menit", None, "Tidak lengkap: dikembalikan", kep=dict(tidak=1)),
        L("Mencari data kelulusan pada arsip dan sistem informasi akademik", "Staf Akademik", "Buku induk, SK yudisium", "1 Jam", "Data kelulusan"),
        L("Memastikan data kelulusan ditemukan; data yang tidak ditemukan dikonsultasikan ke biro akademik universitas", "Kepala Subbagian Akademik", "Data kelulusan", "30 menit", None, "Ya: langsung ke penyusunan konsep (langkah 6)", kep=dict(tidak=5, ya=6)),
        L("Meminta konfirmasi data kelulusan ke biro akademik universitas", "Kepala Subbagian Akademik", "Surat permintaan konfirmasi", "2 x 24 Jam", "Konfirmasi data"),
        L("Menyusun konsep surat keterangan pengganti ijazah", "Staf Akademik", "Data kelulusan", "45 menit", "Konsep surat keterangan"),
        L("Memeriksa dan memaraf konsep", "Kepala Subbagian Akademik", "Konsep surat keterangan", "30 menit", "Konsep diparaf", "Tidak: diperbaiki", kep=dict(tidak=6)),
        L("Memverifikasi konsep dan memaraf", "Wakil Dekan Bidang Akademik", "Konsep diparaf", "1 hari", "Konsep diverifikasi"),
        L("Menandatangani surat keterangan pengganti ijazah", "Dekan", "Konsep diverifikasi", "1 hari", "Surat keterangan ditandatangani"),
        L("Memberi nomor, cap dan mencatat dalam buku register", "Staf Akademik", "Buku register", "15 menit", "Surat keterangan bernomor"),
        L("Menerima surat keterangan pengganti ijazah", "Alumni/ Pemohon", "Tanda terima", "5 menit", "Surat keterangan pengganti ijazah"),
        L("Mengarsipkan salinan surat keterangan", "Staf Akademik", None, "Sesuai jadwal", "Arsip"),
    ],
    catatan="REKAAN untuk menutup tata letak: 12 langkah, 5 pelaksana, identitas lengkap, bagan 7/5 langkah; Tidak kembali 2->1 dan 7->6, keputusan 4 dengan Ya melompat ke 6 dan Tidak ke depan (5); "
            "waktu '2 x 24 Jam' (900), '1 Jam', '1 hari', 'Sesuai jadwal' (null).",
))
