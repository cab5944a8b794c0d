// Impor SOP: one or more SOP AP sheets (PDF, scan, phone photo, DOCX, XLSX or OCR text), one draft SOP
// per file. The file types are impor_sop.JENIS_BERKAS; the server reads each file by its bytes anyway.
frappe.listview_settings["SOP"] = {
	add_fields: ["status"],
	// the version's life (mesin/versi.py)
	get_indicator(doc) {
		const color = { Berlaku: "green", Disahkan: "blue", Diajukan: "orange" }[doc.status] || "gray";
		return [__(doc.status), color, `status,=,${doc.status}`];
	},
	onload(listview) {
		if (!frappe.model.can_create("SOP")) return;
		listview.page.add_inner_button(__("Impor SOP"), () => impor_sop(listview));
	},
	refresh(listview) {
		if (listview.page.inner_toolbar.find(".sop-buku").length) return;
		listview.page.add_inner_button(__("Buku SOP"), () => buku_sop()).addClass("sop-buku");
	},
};

function impor_sop(listview) {
	const made = [];
	new frappe.ui.FileUploader({
		allow_multiple: true,
		make_attachments_public: false,
		restrictions: {
			allowed_file_types: [
				".pdf",
				".png",
				".jpg",
				".jpeg",
				".heic",
				".heif",
				".docx",
				".xlsx",
				".txt",
			],
		},
		on_success(file_doc) {
			frappe.call({
				method: "sop_kinerja.impor_sop.impor_berkas",
				args: { file_name: file_doc.name },
				freeze: true,
				freeze_message: __("Reading {0}", [frappe.utils.escape_html(file_doc.file_name)]),
				callback(r) {
					made.push(r.message);
					listview.refresh();
					frappe.show_alert({
						message: __("Draft {0} made: {1} points to check", [
							`<a href="/app/sop/${encodeURIComponent(
								r.message.name,
							)}">${frappe.utils.escape_html(r.message.name)}</a>`,
							r.message.flags,
						]),
						indicator: r.message.flags ? "orange" : "green",
					});
				},
			});
		},
	});
}

// Buku SOP: the cover, the Daftar SOP and every SOP AP sheet in force, as one PDF, of one unit or all.
function buku_sop() {
	frappe.prompt(
		[
			{
				fieldname: "unit",
				fieldtype: "Link",
				options: "Unit Kerja",
				label: __("Unit Kerja"),
				description: __("Empty: every SOP in force you may read"),
			},
		],
		({ unit }) => {
			const query = unit ? `?unit=${encodeURIComponent(unit)}` : "";
			window.open(`/api/method/sop_kinerja.naskah.buku_sop.unduh${query}`);
		},
		__("Buku SOP"),
		__("Download PDF"),
	);
}
