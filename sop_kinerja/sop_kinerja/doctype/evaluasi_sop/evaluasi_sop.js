// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

// The figures' recommendation, in one click a draft revision of the SOP with the proposed mutu baku.
frappe.ui.form.on("Evaluasi SOP", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.revisi || !frm.doc.mutu_baku_usulan) return;
		frm.add_custom_button(__("Make a Draft Revision"), async () => {
			const { message: name } = await frm.call({
				method: "sop_kinerja.sop_kinerja.doctype.evaluasi_sop.evaluasi_sop.buat_revisi",
				args: { name: frm.doc.name },
				freeze: true,
			});
			frappe.set_route("Form", "SOP", name);
		}).addClass("btn-primary");
	},
});
