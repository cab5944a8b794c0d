"""Sample content as the tests, the browser suite and the load test write it (no Frappe imported)."""

NOTA_DINAS = {
	"kepada": "Para Kepala Bidang di lingkungan Satpol PP Provinsi Kalimantan Barat",
	"tembusan": "Kepala Satuan (sebagai laporan)",
	"sifat": "Segera",
	"lampiran": "1 (satu) berkas",
	"isi": "<p>Dalam rangka perbaikan data kinerja, dimohon menyampaikan data dan informasi "
	"kinerja bidang masing-masing paling lambat tanggal 28 November 2026.</p>",
}


def koreksi_row(no: int = 1) -> dict:
	"""One correction (step 4's output)."""
	return {
		"indikator_kinerja": f"Persentase penegakan Perda yang ditindaklanjuti ({no})",
		"nilai_semula": "72",
		"nilai_perbaikan": "78,5",
		"satuan": "%",
		"alasan": "Data triwulan IV belum terhitung",
		"sumber_data": "Bidang Penegakan Perda",
	}
