// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.listview_settings["Perbaikan Data Kinerja"] = {
	add_fields: ["workflow_state", "langkah_sop"],

	onload(listview) {
		// "Waiting for me": the documents at a step where one of my roles may act
		listview.page.add_inner_button(__("Waiting for Me"), async () => {
			const { message: states } = await frappe.call({
				method: "sop_kinerja.workflow_rules.menunggu_saya",
				args: { doctype: listview.doctype },
			});
			await listview.filter_area.clear(false);
			// no state at all: a filter that matches nothing, rather than no filter
			listview.filter_area.add([
				[listview.doctype, "workflow_state", "in", states.length ? states : [""]],
				[listview.doctype, "docstatus", "!=", 2],
			]);
		});
	},
};
