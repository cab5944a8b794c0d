// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.ui.form.on("Kalender Kerja", {
	sumber_hari_libur(frm) {
		// the Holiday List field searches ERPNext's Holiday Lists (a Dynamic Link on this hidden field)
		const erpnext = frm.doc.sumber_hari_libur === "Holiday List ERPNext";
		frm.set_value("jenis_daftar_libur", erpnext ? "Holiday List" : "");
		if (!erpnext) frm.set_value("holiday_list", "");
	},
	refresh(frm) {
		// holidays are a list of their own: kept there, or imported from CSV with Frappe's Data Import
		frm.add_custom_button(
			__("Holidays"),
			() => frappe.set_route("List", "Hari Libur"),
			__("Hari Libur")
		);
		frm.add_custom_button(
			__("Import from CSV"),
			() =>
				frappe.new_doc("Data Import", {
					reference_doctype: "Hari Libur",
					import_type: "Insert New Records",
				}),
			__("Hari Libur")
		);
	},
});
