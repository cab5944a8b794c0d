// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.ui.form.on("Kalender Kerja", {
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
