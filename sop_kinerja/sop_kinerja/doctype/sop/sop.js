// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

// frappe.ui.form.on("SOP", {
// 	refresh(frm) {

// 	},
// });
