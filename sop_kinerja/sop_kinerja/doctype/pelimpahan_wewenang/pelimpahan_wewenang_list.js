// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.listview_settings["Pelimpahan Wewenang"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		const colour = {
			Draft: "red",
			"Belum Berlaku": "orange",
			Berlaku: "green",
			Berakhir: "gray",
			Dicabut: "gray",
		}[doc.status];
		return [__(doc.status), colour, `status,=,${doc.status}`];
	},
};
