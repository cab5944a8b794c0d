"""The SOP contents of the labelled test set (tests/lembar_sop/), as plain Python data.

`buat_lembar.py` renders these into sheets (PDF with a text layer, scans, DOCX, XLSX) and writes the
ground-truth labels from the same data, so a sheet and its label can never drift apart.

Step tuples: L(actor index, kegiatan, kelengkapan, waktu as printed, output, keterangan, jika_tidak_ke).
Everything here is invented except SEED, which follows tests' seed reading of a real SOP sheet
(/work/shared/seed/sop-perbaikan-data-kinerja.md) with the five swimlane actors.
"""


def L(aktor, kegiatan, kelengkapan, waktu, output, ket=None, tidak=None):
	return {
		"aktor": aktor,
		"kegiatan": kegiatan,
		"kelengkapan": kelengkapan,
		"waktu": waktu,
		"output": output,
		"ket": ket,
		"tidak": tidak,
	}


KALBAR = "PEMERINTAH PROVINSI KALIMANTAN BARAT"

SEED = {
	"kunci": "seed",
	"instansi": [KALBAR, "SATUAN POLISI PAMONG PRAJA", "SEKRETARIAT"],
	"nomor": "800/021/SATPOLPP-SEK/2023",
	"tgl_buat": "2 Januari 2023",
	"tgl_revisi": "-",
	"tgl_efektif": "2 Januari 2023",
	"disahkan": (
		"KEPALA SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT",
		"Drs. HENDRA WIJAYA, M.Si",
		"NIP. 19700512 199303 1 007",
	),
	"nama": "Perbaikan Data Kinerja",
	"dasar_hukum": [
		"Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
		"tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
		"Kinerja Instansi Pemerintah.",
		"Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Provinsi "
		"Kalimantan Barat sebagaimana telah diubah dengan Peraturan Daerah Nomor 11 Tahun 2019 tentang "
		"Perubahan atas Peraturan Daerah Nomor 8 Tahun 2016.",
		"Peraturan Gubernur Nomor 120 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi "
		"serta Tata Kerja Satuan Polisi Pamong Praja Provinsi Kalimantan Barat sebagaimana telah diubah "
		"dengan Peraturan Gubernur Nomor 70 Tahun 2019 (Berita Daerah Provinsi Kalimantan Barat Tahun 2019 "
		"Nomor 71).",
	],
	"kualifikasi": [
		"Memahami aturan-aturan terkait bidang Akuntabilitas Kinerja.",
		"Mampu berkomunikasi dengan baik.",
	],
	"keterkaitan": [
		"SOP Pengumpulan Data Kinerja",
		"SOP Monitoring dan Evaluasi Kinerja Secara Periodik",
		"SOP LAKIP dan Penyusunan Renja",
	],
	"peralatan": ["Alat Tulis Kantor", "Komputer", "Printer"],
	"peringatan": "Jika kebijakan tidak dibuat, maka akan mengakibatkan tidak terlaksananya aturan yang "
	"seharusnya dilaksanakan.",
	"pencatatan": ["Buku Agenda", "Nota Dinas"],
	"pelaksana": ["Kepala Satuan", "Sekretaris", "Kasubbag Renja dan Monev", "Pelaksana", "Arsiparis"],
	"langkah": [
		L(
			0,
			"Memerintahkan Sekretaris membuat Nota Dinas permintaan data dan informasi kinerja untuk "
			"perbaikan data kinerja",
			"Surat",
			"5 Menit",
			"Disposisi permintaan data kepada Perangkat Daerah",
		),
		L(
			1,
			"Menyampaikan perbaikan data dan informasi kinerja kepada Kasubbag Renja dan Monev",
			"Dokumen, data",
			"5 Menit",
			"Bahan Informasi Perbaikan Data Kinerja",
		),
		L(
			2,
			"Menerima dan memerintahkan Pelaksana untuk menghimpun perbaikan data kinerja",
			"Dokumen, data",
			"5 Menit",
			"Bahan Informasi Perbaikan Data Kinerja",
		),
		L(
			3,
			"Menganalisis dan mengevaluasi perbaikan data dan informasi kinerja bagian-bagian yang sudah "
			"terkumpul, menyusun perbaikan data kinerja, kemudian disampaikan kepada Kasubbag Renja dan Monev",
			"Dokumen, data",
			"20 Menit",
			"Bahan Informasi Perbaikan Data Kinerja",
		),
		L(
			2,
			"Menelaah dan mengoreksi perbaikan data kinerja, jika tidak setuju dikembalikan kepada Pelaksana "
			"untuk diperbaiki, jika setuju diparaf dan diserahkan kepada Sekretaris",
			"Dokumen, data",
			"20 Menit",
			"Draft Perbaikan Data Kinerja",
			tidak=4,
		),
		L(
			1,
			"Menelaah dan mengoreksi perbaikan data kinerja, jika tidak setuju dikembalikan kepada Kasubbag "
			"Renja dan Monev untuk diperbaiki, jika setuju diparaf dan diserahkan kepada Kepala Satuan",
			"Dokumen, data",
			"20 Menit",
			"Draft Perbaikan Data Kinerja",
			tidak=5,
		),
		L(
			0,
			"Menelaah dan mengoreksi perbaikan data kinerja, jika tidak setuju dikembalikan kepada Sekretaris "
			"untuk diperbaiki, jika setuju ditandatangani dan diserahkan kepada Sekretaris untuk "
			"ditindaklanjuti",
			"Dokumen, data",
			"20 Menit",
			"Draft Perbaikan Data Kinerja",
			tidak=6,
		),
		L(
			1,
			"Menerima hasil perbaikan data kinerja dan memerintahkan Kasubbag Renja dan Monev untuk "
			"mengarsipkan perbaikan data kinerja",
			"Dokumen, data",
			"5 Menit",
			"Perbaikan Data Kinerja",
		),
		L(
			2,
			"Memerintahkan Arsiparis untuk mengarsipkan perbaikan data kinerja",
			"Dokumen, data",
			"5 Menit",
			"Perbaikan Data Kinerja",
		),
		L(
			4,
			"Mengarsipkan Perbaikan Data Kinerja dalam Arsip",
			"Dokumen, data",
			"5 Menit",
			"Perbaikan Data Kinerja",
		),
	],
	"tata": {
		"orientasi": "landscape",
		"font": "Arial",
		"ukuran": 13,
		"lebar": {"no": 36, "kegiatan": 380, "aktor": 104, "kel": 120, "waktu": 74, "output": 160, "ket": 60},
		"judul_kegiatan": "Kegiatan",
		"judul_kel": "Kelengkapan",
		"judul_ket": "Ket",
		"ulang_kepala": True,
		"judul_halaman": "SOP Perbaikan Data Kinerja",
		"kepala_abu": False,
	},
}

PENGADUAN = {
	"kunci": "pengaduan-masyarakat",
	"instansi": [
		"PEMERINTAH KABUPATEN KUBU RAYA",
		"DINAS KOMUNIKASI DAN INFORMATIKA",
		"Bidang Informasi dan Komunikasi Publik",
	],
	"nomor": "045.2/117/DISKOMINFO-IKP/2024",
	"tgl_buat": "15 Februari 2024",
	"tgl_revisi": "3 Juni 2024",
	"tgl_efektif": "1 Juli 2024",
	"disahkan": (
		"KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",
		"RAHMAT HIDAYAT, S.Kom., M.M",
		"NIP. 19780321 200312 1 004",
	),
	"nama": "Penanganan Pengaduan Masyarakat",
	"dasar_hukum": [
		"Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
		"Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik.",
		"Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 62 Tahun 2018 "
		"tentang Pedoman Nasional Pengelolaan Pengaduan Pelayanan Publik.",
		"Peraturan Bupati Kubu Raya Nomor 45 Tahun 2021 tentang Pengelolaan Pengaduan Masyarakat.",
	],
	"kualifikasi": [
		"Memahami peraturan tentang pelayanan publik dan pengelolaan pengaduan.",
		"Mampu mengoperasikan aplikasi SP4N-LAPOR!.",
		"Mampu berkomunikasi secara santun dan jelas.",
	],
	"keterkaitan": ["SOP Pelayanan Informasi Publik", "SOP Pengelolaan Media Sosial Pemerintah Daerah"],
	"peralatan": ["Komputer dan jaringan internet", "Aplikasi SP4N-LAPOR!", "Telepon", "Alat Tulis Kantor"],
	"peringatan": "Apabila SOP ini tidak dilaksanakan, pengaduan masyarakat tidak tertangani tepat waktu dan "
	"menurunkan kepercayaan publik.",
	"pencatatan": ["Register pengaduan", "Lembar disposisi", "Laporan tindak lanjut pengaduan"],
	"pelaksana": [
		"Kepala Dinas",
		"Sekretaris",
		"Kepala Bidang IKP",
		"Operator Pengaduan",
		"Admin Aplikasi",
		"OPD Terkait",
	],
	"langkah": [
		L(
			3,
			"Menerima pengaduan masyarakat melalui loket, surat, surel, media sosial atau aplikasi SP4N-LAPOR!",
			"Formulir pengaduan, identitas pelapor",
			"15 Menit",
			"Formulir pengaduan terisi",
		),
		L(
			3,
			"Mencatat pengaduan dalam register dan memberikan nomor registrasi kepada pelapor",
			"Register pengaduan",
			"10 Menit",
			"Nomor registrasi",
		),
		L(
			3,
			"Memverifikasi kelengkapan identitas pelapor serta kejelasan substansi pengaduan",
			"Formulir pengaduan",
			"30 Menit",
			"Hasil verifikasi",
		),
		L(
			4,
			"Mengunggah pengaduan ke aplikasi SP4N-LAPOR! dan menyiapkan draf disposisi",
			"Hasil verifikasi",
			"1 Jam",
			"Draf disposisi",
		),
		L(
			2,
			"Menelaah pengaduan dan draf disposisi, jika tidak lengkap dikembalikan kepada Operator Pengaduan untuk diverifikasi ulang, jika lengkap diteruskan kepada Sekretaris",
			"Draf disposisi",
			"2 Jam",
			"Draf disposisi diparaf",
			tidak=3,
		),
		L(
			1,
			"Memberikan paraf pada draf disposisi dan meneruskan kepada Kepala Dinas",
			"Draf disposisi",
			"1 Jam",
			"Draf disposisi diparaf",
		),
		L(
			0,
			"Menetapkan disposisi penanganan pengaduan kepada OPD terkait",
			"Draf disposisi",
			"1 Jam",
			"Disposisi",
		),
		L(
			4,
			"Meneruskan disposisi dan berkas pengaduan kepada OPD terkait melalui aplikasi",
			"Disposisi",
			"30 Menit",
			"Pengaduan terdistribusi",
			ket="Via aplikasi",
		),
		L(
			5,
			"Menindaklanjuti pengaduan sesuai kewenangan",
			"Berkas pengaduan",
			"2 x 24 Jam",
			"Tindak lanjut pengaduan",
		),
		L(
			5,
			"Menyampaikan laporan tindak lanjut kepada Dinas Komunikasi dan Informatika",
			"Laporan tindak lanjut",
			"1 Jam",
			"Laporan tindak lanjut",
		),
		L(
			2,
			"Mengevaluasi laporan tindak lanjut, jika belum memadai dikembalikan kepada OPD terkait untuk ditindaklanjuti kembali, jika memadai diteruskan kepada Admin",
			"Laporan tindak lanjut",
			"2 Jam",
			"Hasil evaluasi",
			tidak=9,
		),
		L(
			4,
			"Menyampaikan jawaban kepada pelapor, menutup status pengaduan dan mengarsipkan berkas",
			"Hasil evaluasi",
			"1 Hari",
			"Pengaduan selesai",
			ket="Status: selesai",
		),
	],
	"tata": {
		"orientasi": "landscape",
		"font": "DejaVu Sans",
		"ukuran": 13,
		"lebar": {"no": 34, "kegiatan": 286, "aktor": 108, "kel": 120, "waktu": 70, "output": 120, "ket": 70},
		"judul_kegiatan": "Uraian Kegiatan",
		"judul_kel": "Kelengkapan",
		"judul_ket": "Ket.",
		"ulang_kepala": True,
		"judul_halaman": None,
		"kepala_abu": True,
		"halaman": [5, 3, 4],
		"tinggi_min": 130,
	},
}

PENGADAAN = {
	"kunci": "pengadaan-langsung",
	"instansi": ["PEMERINTAH KOTA PONTIANAK", "SEKRETARIAT DAERAH", "Bagian Pengadaan Barang dan Jasa"],
	"nomor": "027/09/PBJ/2023",
	"tgl_buat": "10 Maret 2023",
	"tgl_revisi": "-",
	"tgl_efektif": "1 April 2023",
	"disahkan": (
		"SEKRETARIS DAERAH KOTA PONTIANAK",
		"Ir. MULYADI SAPUTRA, M.T",
		"NIP. 19680101 199403 1 012",
	),
	"nama": "PENGADAAN BARANG/JASA MELALUI PENGADAAN LANGSUNG",
	"dasar_hukum": [
		"Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah sebagaimana telah "
		"diubah dengan Peraturan Presiden Nomor 12 Tahun 2021.",
		"Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah Nomor 12 Tahun 2021 tentang Pedoman "
		"Pelaksanaan Pengadaan Barang/Jasa Pemerintah melalui Penyedia.",
	],
	"kualifikasi": [
		"Memiliki sertifikat kompetensi di bidang pengadaan barang/jasa.",
		"Memahami ketentuan pengadaan barang/jasa pemerintah.",
	],
	"keterkaitan": ["SOP Penyusunan Rencana Umum Pengadaan", "SOP Pembayaran Langsung (LS)"],
	"peralatan": ["Komputer", "Aplikasi SPSE", "Printer", "Alat Tulis Kantor"],
	"peringatan": "Pengadaan yang tidak sesuai prosedur dapat menimbulkan temuan pemeriksaan dan kerugian "
	"keuangan daerah.",
	"pencatatan": ["Dokumen pengadaan", "Berita Acara Hasil Pengadaan", "Surat Perintah Kerja"],
	"pelaksana": ["Pengguna Anggaran", "Pejabat Pembuat Komitmen", "Pejabat Pengadaan", "Penyedia", "PjPHP"],
	"langkah": [
		L(
			1,
			"Menyusun spesifikasi teknis, Harga Perkiraan Sendiri (HPS) dan rancangan kontrak berdasarkan Rencana Umum Pengadaan",
			"RUP, DPA",
			"1 Hari",
			"Spesifikasi teknis, HPS",
		),
		L(
			2,
			"Menyusun dokumen pengadaan dan mengundang calon penyedia yang memenuhi kualifikasi",
			"Spesifikasi teknis, HPS",
			"1 Hari",
			"Undangan pengadaan langsung",
		),
		L(
			3,
			"Menyampaikan dokumen penawaran administrasi, teknis dan harga",
			"Dokumen penawaran",
			"2 x 24 Jam",
			"Penawaran",
		),
		L(
			2,
			"Mengevaluasi penawaran serta melakukan klarifikasi dan negosiasi teknis dan harga; jika tidak memenuhi syarat penyedia diminta memperbaiki penawaran; jika memenuhi disusun Berita Acara Hasil Pengadaan",
			"Penawaran",
			"1 Hari",
			"Berita Acara Hasil Pengadaan",
			tidak=3,
		),
		L(
			1,
			"Memeriksa Berita Acara Hasil Pengadaan; jika tidak sesuai dikembalikan kepada Pejabat Pengadaan untuk proses pengadaan ulang; jika sesuai ditetapkan penyedia",
			"Berita Acara Hasil Pengadaan",
			"2 Jam",
			"Penetapan penyedia",
			tidak=2,
		),
		L(
			1,
			"Menerbitkan Surat Perintah Kerja (SPK) dan menandatanganinya bersama penyedia",
			"Penetapan penyedia",
			"2 Jam",
			"SPK",
		),
		L(
			3,
			"Melaksanakan pekerjaan atau menyerahkan barang sesuai SPK",
			"SPK",
			"Sesuai SPK",
			"Barang/hasil pekerjaan",
			ket="Jangka waktu menurut SPK",
		),
		L(
			4,
			"Memeriksa hasil pekerjaan dan membuat Berita Acara Pemeriksaan",
			"Barang/hasil pekerjaan",
			"1 Hari",
			"Berita Acara Pemeriksaan",
		),
		L(
			0,
			"Menerima hasil pekerjaan dan menyetujui pembayaran",
			"Berita Acara Serah Terima",
			"1 Jam",
			"Persetujuan pembayaran",
		),
	],
	"tata": {
		"orientasi": "landscape",
		"font": "Liberation Serif",
		"ukuran": 15,
		"lebar": {
			"no": 34,
			"kegiatan": 314,
			"aktor": 108,
			"kel": 140,
			"waktu": 76,
			"output": 140,
			"ket": 100,
		},
		"judul_kegiatan": "Uraian Kegiatan",
		"judul_kel": "Persyaratan/Kelengkapan",
		"judul_ket": "Keterangan",
		"ulang_kepala": False,
		"judul_halaman": None,
		"kepala_abu": False,
		"halaman": [5, 4],
	},
}

LAPKEU = {
	"kunci": "laporan-keuangan",
	"instansi": ["PEMERINTAH KABUPATEN SAMBAS", "BADAN KEUANGAN DAN ASET DAERAH", "Bidang Akuntansi"],
	"nomor": "900/214/BKAD-AK/2024",
	"tgl_buat": "8 Januari 2024",
	"tgl_revisi": "-",
	"tgl_efektif": "8 Januari 2024",
	"disahkan": (
		"KEPALA BADAN KEUANGAN DAN ASET DAERAH",
		"SITI NURHALIZA, S.E., M.Ak",
		"NIP. 19810917 200501 2 009",
	),
	"nama": "Penyusunan Laporan Keuangan Bulanan",
	"dasar_hukum": [
		"Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah.",
		"Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah.",
	],
	"kualifikasi": [
		"Berlatar belakang pendidikan akuntansi atau keuangan.",
		"Mampu mengoperasikan aplikasi SIPD.",
	],
	"keterkaitan": [],
	"peralatan": ["Komputer", "Aplikasi SIPD", "Printer"],
	"peringatan": "Keterlambatan penyusunan laporan menghambat penyusunan laporan keuangan semesteran dan tahunan.",
	"pencatatan": ["Jurnal dan Buku Besar", "Arsip laporan keuangan bulanan"],
	"pelaksana": ["Kepala Bidang Akuntansi", "Kasubbid Pelaporan", "Staf Akuntansi"],
	"langkah": [
		L(
			2,
			"Menghimpun data transaksi keuangan (SP2D, STS dan bukti memorial) dari BUD dan SKPD",
			"SP2D, STS, bukti memorial",
			"2 Hari",
			"Data transaksi",
		),
		L(
			2,
			"Melakukan rekonsiliasi dan posting jurnal ke Buku Besar pada aplikasi SIPD",
			"Data transaksi",
			"1 Hari",
			"Buku Besar",
		),
		L(
			2,
			"Menyusun draf Laporan Realisasi Anggaran dan Neraca bulanan",
			"Buku Besar",
			"1 Hari",
			"Draf laporan",
		),
		L(
			1,
			"Memeriksa draf laporan keuangan bulanan dan memberi paraf",
			"Draf laporan",
			"2 Jam",
			"Draf laporan diparaf",
		),
		L(
			0,
			"Menandatangani laporan keuangan bulanan",
			"Draf laporan diparaf",
			"30 Menit",
			"Laporan keuangan bulanan",
		),
		L(
			2,
			"Mengirimkan laporan kepada Kepala Badan dan mengarsipkannya",
			"Laporan keuangan bulanan",
			"30 Menit",
			"Arsip laporan",
			ket="Paling lambat tanggal 10 bulan berikutnya",
		),
	],
	"tata": {
		"orientasi": "portrait",
		"font": "Arial",
		"ukuran": 14,
		"lebar": {"no": 30, "kegiatan": 216, "aktor": 96, "kel": 110, "waktu": 70, "output": 100, "ket": 84},
		"judul_kegiatan": "Kegiatan",
		"judul_kel": "Kelengkapan",
		"judul_ket": "Ket.",
		"ulang_kepala": True,
		"judul_halaman": None,
		"kepala_abu": False,
		"identitas_sehalaman": True,
		"halaman": [6],
	},
}

CUTI = {
	"kunci": "cuti-tahunan",
	"instansi": [KALBAR, "DINAS PENDIDIKAN DAN KEBUDAYAAN", "Sekretariat"],
	"nomor": "800.1.11.4/032/DIKBUD-SEK/2024",
	"tgl_buat": "5 Agustus 2024",
	"tgl_revisi": "-",
	"tgl_efektif": "1 September 2024",
	"disahkan": (
		"KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN",
		"Dr. ANDI PRATAMA, M.Pd",
		"NIP. 19750808 200003 1 003",
	),
	"nama": "Pelayanan Permohonan Cuti Tahunan Pegawai",
	"dasar_hukum": [
		"Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah "
		"diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020.",
		"Peraturan Badan Kepegawaian Negara Nomor 24 Tahun 2017 tentang Tata Cara Pemberian Cuti Pegawai "
		"Negeri Sipil.",
	],
	"kualifikasi": ["Memahami ketentuan cuti Pegawai Negeri Sipil.", "Mampu mengoperasikan komputer."],
	"keterkaitan": ["SOP Pengelolaan Data Kepegawaian"],
	"peralatan": ["Komputer", "Printer", "Formulir cuti"],
	"peringatan": "Cuti yang tidak tercatat mengakibatkan kesalahan perhitungan hak cuti pegawai.",
	"pencatatan": ["Buku agenda surat", "Kartu cuti pegawai"],
	"pelaksana": ["Pegawai", "Kasubbag Umum dan Kepegawaian", "Sekretaris", "Kepala Dinas"],
	"langkah": [
		L(
			0,
			"Mengajukan permohonan cuti tahunan dengan mengisi formulir cuti yang diketahui atasan langsung",
			"Formulir cuti",
			"15 Menit",
			"Formulir cuti terisi",
		),
		L(
			1,
			"Menerima dan mencatat permohonan cuti dalam buku agenda",
			"Formulir cuti",
			"10 Menit",
			"Agenda permohonan",
		),
		L(
			1,
			"Memeriksa sisa hak cuti dan menyiapkan konsep surat izin cuti",
			"Data sisa cuti",
			"1 Jam",
			"Konsep surat izin cuti",
		),
		L(
			2,
			"Memeriksa konsep surat izin cuti dan memberi paraf",
			"Konsep surat izin cuti",
			"30 Menit",
			"Konsep diparaf",
		),
		L(
			3,
			"Mempertimbangkan permohonan cuti; jika tidak disetujui, konsep dikembalikan kepada Kasubbag Umum dan Kepegawaian untuk diperbaiki; jika disetujui, surat izin cuti ditandatangani",
			"Konsep diparaf",
			"1 Hari",
			"Surat izin cuti",
			tidak=3,
		),
		L(
			1,
			"Memberi nomor dan stempel serta menggandakan surat izin cuti",
			"Surat izin cuti",
			"15 Menit",
			"Surat izin cuti bernomor",
		),
		L(0, "Menerima surat izin cuti", "Surat izin cuti", "5 Menit", "Surat izin cuti"),
		L(1, "Mencatat cuti pada kartu cuti dan mengarsipkan berkas", "Kartu cuti", "10 Menit", "Arsip cuti"),
	],
	"tata": {
		"orientasi": "landscape",
		"font": "DejaVu Sans",
		"ukuran": 14,
		"lebar": {
			"no": 34,
			"kegiatan": 316,
			"aktor": 130,
			"kel": 130,
			"waktu": 76,
			"output": 130,
			"ket": 114,
		},
		"judul_kegiatan": "Kegiatan",
		"judul_kel": "Kelengkapan",
		"judul_ket": "Keterangan",
		"ulang_kepala": True,
		"judul_halaman": "PROSEDUR PELAYANAN PERMOHONAN CUTI TAHUNAN PEGAWAI",
		"kepala_abu": True,
	},
}

REKLAME = {
	"kunci": "penertiban-reklame",
	"instansi": [KALBAR, "SATUAN POLISI PAMONG PRAJA", "Bidang Penegakan Peraturan Daerah"],
	"nomor": "300.1.4/044/SATPOLPP-PPD/2024",
	"tgl_buat": "20 Mei 2024",
	"tgl_revisi": "-",
	"tgl_efektif": "1 Juni 2024",
	"disahkan": (
		"KEPALA SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT",
		"Drs. HENDRA WIJAYA, M.Si",
		"NIP. 19700512 199303 1 007",
	),
	"nama": "Penertiban Reklame Liar",
	"dasar_hukum": [
		"Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja.",
		"Peraturan Daerah Provinsi Kalimantan Barat Nomor 6 Tahun 2019 tentang Ketertiban Umum dan "
		"Ketenteraman Masyarakat.",
	],
	"kualifikasi": [
		"Telah mengikuti diklat dasar Polisi Pamong Praja.",
		"Memahami peraturan daerah tentang reklame.",
	],
	"keterkaitan": ["SOP Pengawasan Pelanggaran Peraturan Daerah"],
	"peralatan": ["Kendaraan operasional", "Alat bongkar", "Kamera", "Surat teguran"],
	"peringatan": "Penertiban tanpa surat perintah tugas dapat menimbulkan gugatan hukum.",
	"pencatatan": ["Berita acara penertiban", "Dokumentasi kegiatan"],
	"pelaksana": ["Kepala Satuan", "Kabid Penegakan Perda", "Tim Penertiban"],
	"langkah": [
		L(
			1,
			"Menerima laporan hasil pengawasan reklame tanpa izin dan menyusun rencana penertiban",
			"Laporan pengawasan",
			"1 Hari",
			"Rencana penertiban",
		),
		L(
			0,
			"Menyetujui rencana penertiban dan menandatangani surat perintah tugas",
			"Rencana penertiban",
			"1 Jam",
			"Surat perintah tugas",
		),
		L(
			2,
			"Menyampaikan surat teguran kepada pemilik reklame",
			"Surat teguran",
			"3 x 24 Jam",
			"Tanda terima teguran",
		),
		L(
			2,
			"Memantau tindak lanjut teguran; jika reklame belum dibongkar, diberikan teguran berikutnya; jika teguran ketiga tidak diindahkan, dilakukan pembongkaran paksa",
			"Surat perintah tugas",
			"2 Jam",
			"Berita acara penertiban",
			tidak=3,
		),
		L(
			1,
			"Menyusun laporan hasil penertiban kepada Kepala Satuan",
			"Berita acara penertiban",
			"2 Jam",
			"Laporan penertiban",
		),
	],
	"tata": {
		"orientasi": "landscape",
		"font": "Arial Narrow",
		"ukuran": 16,
		"lebar": {"no": 40, "kegiatan": 400, "aktor": 140, "kel": 150, "waktu": 90, "output": 150, "ket": 90},
		"judul_kegiatan": "Kegiatan",
		"judul_kel": "Persyaratan/Kelengkapan",
		"judul_ket": "Keterangan",
		"ulang_kepala": True,
		"judul_halaman": "SOP Penertiban Reklame Liar",
		"kepala_abu": False,
	},
}

IZIN = {
	"kunci": "rekomendasi-keramaian",
	"instansi": ["PEMERINTAH KABUPATEN MEMPAWAH", "KANTOR KESATUAN BANGSA DAN POLITIK"],
	"nomor": "200.1/51/KESBANGPOL/2023",
	"tgl_buat": "4 September 2023",
	"tgl_revisi": "-",
	"tgl_efektif": "4 September 2023",
	"disahkan": (
		"KEPALA KANTOR KESATUAN BANGSA DAN POLITIK",
		"M. YUSUF, S.Sos",
		"NIP. 19720204 199803 1 006",
	),
	"nama": "Penerbitan Rekomendasi Izin Keramaian",
	"dasar_hukum": [
		"Peraturan Bupati Mempawah Nomor 30 Tahun 2020 tentang Pelayanan Rekomendasi Kegiatan Masyarakat."
	],
	"kualifikasi": ["Memahami ketentuan perizinan kegiatan masyarakat."],
	"keterkaitan": [],
	"peralatan": ["Komputer", "Printer"],
	"peringatan": None,
	"pencatatan": ["Buku register rekomendasi"],
	"pelaksana": ["Pemohon", "Petugas Loket", "Kepala Kantor"],
	"langkah": [
		L(
			0,
			"Mengajukan permohonan rekomendasi izin keramaian dengan melampirkan persyaratan",
			"Surat permohonan, KTP, proposal kegiatan",
			"10 Menit",
			"Berkas permohonan",
		),
		L(
			1,
			"Memeriksa kelengkapan berkas; jika tidak lengkap berkas dikembalikan kepada pemohon; jika lengkap disiapkan konsep rekomendasi",
			"Berkas permohonan",
			"30 Menit",
			"Konsep rekomendasi",
			tidak=1,
		),
		L(
			2,
			"Menandatangani surat rekomendasi izin keramaian",
			"Konsep rekomendasi",
			"1 Jam",
			"Surat rekomendasi",
		),
		L(
			0,
			"Menerima surat rekomendasi untuk diajukan kepada Kepolisian",
			"Surat rekomendasi",
			"5 Menit",
			"Surat rekomendasi diterima",
		),
	],
	"tata": {
		"orientasi": "portrait",
		"font": "Liberation Serif",
		"ukuran": 15,
		"lebar": {"no": 32, "kegiatan": 270, "aktor": 92, "kel": 140, "waktu": 70, "output": 110, "ket": 0},
		"judul_kegiatan": "Kegiatan",
		"judul_kel": "Kelengkapan",
		"judul_ket": "Keterangan",
		"ulang_kepala": True,
		"judul_halaman": None,
		"kepala_abu": False,
		"identitas_sehalaman": True,
		"halaman": [4],
	},
}

SEMUA = [SEED, PENGADUAN, PENGADAAN, LAPKEU, CUTI, REKLAME, IZIN]
