// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.ui.form.on("Arsip", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.berkas || !frm.doc.reference_name) return;
		// the PDF is made by a background job after Arsipkan; until then, or if that job failed
		frm.dashboard.set_headline(
			__(
				"The Nota Dinas PDF is not attached yet. It is made in the background after archiving."
			),
			"orange"
		);
		if (frm.perm[0]?.write) {
			frm.add_custom_button(__("Make Nota Dinas PDF"), () =>
				frm
					.call({
						method: "sop_kinerja.sop_kinerja.doctype.arsip.arsip.buat_berkas",
						args: { name: frm.doc.name },
						freeze: true,
					})
					.then(() => frm.reload_doc())
			);
		}
	},
});
