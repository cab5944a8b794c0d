// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

const SOP_METHODS = "sop_kinerja.sop_kinerja.doctype.sop.sop";

frappe.ui.form.on("SOP", {
	refresh(frm) {
		show_source(frm);
		show_import_notes(frm);
		if (frm.is_new()) return;
		show_keterkaitan(frm);
		if (!frm.doc.aktif && frm.doc.berkas_sumber && frm.perm[0] && frm.perm[0].write) {
			frm.add_custom_button(__("Import Corrected File"), () => impor_ulang(frm));
		}
		frm.add_custom_button(__("Check Workflow"), () => check_workflow(frm), __("Workflow"));
		versi_buttons(frm);
		if (frappe.user.has_role("System Manager")) {
			frm.add_custom_button(__("Jalankan SOP"), () => jalankan_sop(frm)).addClass(
				"btn-primary sop-jalankan",
			);
			frm.add_custom_button(
				__("Generate / Update Workflow"),
				() => generate_workflow(frm),
				__("Workflow"),
			);
		}
	},
});

async function check_workflow(frm) {
	const { message: mismatches } = await frm.call({
		method: `${SOP_METHODS}.check_workflow`,
		args: { name: frm.doc.name },
	});
	if (!mismatches.length) {
		frappe.msgprint({
			title: __("Check Workflow"),
			message: __("The SOP and its workflow {0} agree.", [
				frappe.utils.escape_html(frm.doc.workflow),
			]),
			indicator: "green",
		});
		return;
	}
	frappe.msgprint({
		title: __("{0} mismatches between the SOP and its workflow", [mismatches.length]),
		message: `<ol>${mismatches.map((m) => `<li>${m.message}</li>`).join("")}</ol>`,
		indicator: "orange",
	});
}

async function generate_workflow(frm) {
	if (frm.is_dirty()) await frm.save();
	const { message: preview } = await frm.call({
		method: `${SOP_METHODS}.preview_workflow`,
		args: { name: frm.doc.name },
	});
	const esc = frappe.utils.escape_html;
	const rows = preview.changes
		.map(
			(c) =>
				`<tr><td>${esc(c.label)}</td><td>${esc(c.subject)}</td><td>${esc(
					c.detail,
				)}</td></tr>`,
		)
		.join("");
	let message = preview.changes.length
		? `<table class="table table-bordered table-sm"><tbody>${rows}</tbody></table>`
		: `<p>${__("The workflow already matches the SOP. Nothing to change.")}</p>`;
	if (preview.deactivates) {
		message += `<p class="text-warning">${__(
			"The workflow {0}, now active for {1}, will be deactivated.",
			[esc(preview.deactivates), esc(__(frm.doc.document_type))],
		)}</p>`;
	}
	const title = preview.exists
		? __("Update workflow {0}", [esc(preview.workflow)])
		: __("Create workflow {0}", [esc(preview.workflow)]);
	if (!preview.changes.length) {
		frappe.msgprint({ title, message });
		return;
	}
	frappe.confirm(`<h5>${title}</h5>${message}`, async () => {
		const { message: name } = await frappe.call({
			method: `${SOP_METHODS}.make_workflow`,
			args: { name: frm.doc.name },
			freeze: true,
		});
		frappe.show_alert({ message: __("Workflow {0} saved", [esc(name)]), indicator: "green" });
		frm.reload_doc();
	});
}

// Jalankan SOP: the roles, a DocType, permissions, the workflow and the workspace items, previewed
// first. Each actor is mapped to a Role; an actor left empty gets a new Role of its own name.
async function jalankan_sop(frm) {
	if (frm.is_dirty()) await frm.save();
	const preview = async (peran) =>
		(
			await frappe.call({
				method: "sop_kinerja.mesin.jalankan.preview_jalankan",
				args: { nama_sop: frm.doc.name, peran },
			})
		).message;
	let plan = await preview({});
	const esc = frappe.utils.escape_html;
	const actors = Object.keys(plan.peran);
	const render = (plan) =>
		`<p>${__("Running this SOP will:")}</p><ul class="sop-jalankan-rencana">${plan.items
			.map((item) => `<li>${esc(item)}</li>`)
			.join("")}</ul>` +
		(plan.items.length ? "" : `<p>${__("Everything is in place. Nothing to change.")}</p>`) +
		plan.warnings.map((w) => `<p class="text-warning">${esc(w)}</p>`).join("");
	const mapping = () =>
		Object.fromEntries(
			actors.map((actor, i) => [actor, dialog.get_value(`peran_${i}`) || ""]),
		);
	const dialog = new frappe.ui.Dialog({
		title: __("Jalankan SOP {0}", [esc(frm.doc.nama_sop)]),
		size: "large",
		fields: [
			{ fieldtype: "Section Break", label: __("Role of each actor") },
			...actors.map((actor, i) => ({
				fieldname: `peran_${i}`,
				fieldtype: "Link",
				options: "Role",
				label: actor,
				default: plan.peran_baru.includes(plan.peran[actor]) ? "" : plan.peran[actor],
				description: __("Empty: a new Role named {0}", [esc(actor)]),
				change: async () => {
					plan = await preview(mapping());
					dialog.fields_dict.rencana.$wrapper.html(render(plan));
				},
			})),
			{ fieldtype: "Section Break", label: __("Preview") },
			{ fieldtype: "HTML", fieldname: "rencana", options: render(plan) },
		],
		primary_action_label: __("Jalankan"),
		async primary_action() {
			const { message: doctype } = await frappe.call({
				method: "sop_kinerja.mesin.jalankan.jalankan",
				args: { nama_sop: frm.doc.name, peran: mapping() },
				freeze: true,
				freeze_message: __("Making the DocType and its workflow..."),
			});
			dialog.hide();
			frappe.msgprint({
				title: __("The SOP runs"),
				indicator: "green",
				message: __(
					"Documents of this SOP are made in {0}. Give each actor's Role to its users in their User record.",
					[`<a href="/app/${frappe.router.slug(doctype)}">${esc(__(doctype))}</a>`],
				),
			});
			frm.reload_doc();
		},
	});
	dialog.show();
}

// Impor ulang: the corrected sheet read into this draft. Steps the admin changed (or added) stay as
// they are; the others are replaced by the new reading.
function impor_ulang(frm) {
	const go = () =>
		new frappe.ui.FileUploader({
			allow_multiple: false,
			make_attachments_public: false,
			restrictions: { allowed_file_types: frm.doc.__onload.jenis_berkas },
			on_success(file_doc) {
				frappe.call({
					method: "sop_kinerja.impor_sop.impor_ulang",
					args: { nama: frm.doc.name, file_name: file_doc.name },
					freeze: true,
					freeze_message: __("Reading {0}", [
						frappe.utils.escape_html(file_doc.file_name),
					]),
					callback(r) {
						const kept = r.message.dipertahankan;
						frappe.msgprint({
							title: __("Corrected file imported"),
							indicator: "green",
							message:
								__("{0} steps read again.", [r.message.diganti]) +
								" " +
								(kept.length
									? __("Steps you changed were kept: {0}.", [kept.join(", ")])
									: __("No step had been changed by hand.")),
						});
						frm.reload_doc();
					},
				});
			},
		});
	if (frm.is_dirty()) frm.save().then(go);
	else go();
}

// An imported draft shows its source sheet beside the steps, so the admin corrects it by looking.
// A PDF opens at a page: the first flagged step's page, or the page of the step the admin opens.
function show_source(frm, halaman) {
	const url = frm.doc.berkas_sumber;
	const field = frm.get_field("pratinjau_sumber");
	if (!url || !field) return;
	const esc = frappe.utils.escape_html(url);
	const ext = url.split(".").pop().toLowerCase();
	let view;
	const first_flagged = (frm.doc.langkah || []).find(
		(row) => row.tanda_impor && row.halaman_sumber,
	);
	const page = halaman || (first_flagged && first_flagged.halaman_sumber) || 1;
	if (ext === "pdf") {
		view = `<iframe src="${esc}#page=${cint(page)}&view=FitH" style="width: 100%; height: 640px; border: 1px solid var(--border-color);"></iframe>`;
	} else if (["png", "jpg", "jpeg"].includes(ext)) {
		view = `<div style="max-height: 640px; overflow: auto; border: 1px solid var(--border-color);"><img src="${esc}" style="width: 100%;"></div>`;
	} else {
		view = `<a href="${esc}" target="_blank" rel="noopener">${__("Open the source file")}</a>`;
	}
	field.$wrapper.html(`<div class="sop-lembar-sumber">${view}</div>`);
	if (ext === "txt") {
		// OCR text: shown as it is, as text
		fetch(url)
			.then((r) => (r.ok ? r.text() : ""))
			.then((text) => {
				if (!text) return;
				const pre = $(
					'<pre style="max-height: 640px; overflow: auto; white-space: pre-wrap;">',
				);
				field.$wrapper.find(".sop-lembar-sumber").append(pre.text(text));
			});
	}
}

// What the reader of an imported sheet was unsure of: counted at the top, and each step that has a
// note marked in the steps' table, so the admin checks those first.
function show_import_notes(frm) {
	const notes = (frm.doc.peringatan_impor || "").split("\n").filter((line) => line.trim());
	if (notes.length && !frm.doc.aktif) {
		frm.dashboard.set_headline_alert(
			__(
				"Imported from {0}: {1} points to check under Catatan Impor, and in the marked steps.",
				[
					frappe.utils.escape_html((frm.doc.berkas_sumber || "").split("/").pop()),
					notes.length,
				],
			),
			"orange",
		);
	}
	const grid = frm.fields_dict.langkah && frm.fields_dict.langkah.grid;
	(grid ? grid.grid_rows : []).forEach((row) => {
		row.wrapper.toggleClass("sop-langkah-ragu", !!row.doc.tanda_impor);
		row.wrapper
			.find(".data-row")
			.css("background-color", row.doc.tanda_impor ? "var(--bg-orange)" : "");
		// the very cells the reader was unsure of, in a stronger colour, with its note as their title
		const fields = (row.doc.bidang_ragu || "").split(",").filter(Boolean);
		Object.entries(row.columns || {}).forEach(([fieldname, $col]) => {
			const ragu = fields.includes(fieldname);
			$col.toggleClass("sop-bidang-ragu", ragu)
				.css("background-color", ragu ? "var(--bg-red)" : "")
				.attr("title", ragu ? row.doc.tanda_impor : null);
		});
	});
}

frappe.ui.form.on("SOP Langkah", {
	form_render(frm, cdt, cdn) {
		// opening a step turns the source PDF to the page it was read from
		const row = locals[cdt][cdn];
		if (row.halaman_sumber) show_source(frm, row.halaman_sumber);
	},
});

// Keterkaitan: the unit's SOPs on a circle, a line from each SOP to each one it names as related,
// this SOP in bold; below, the related SOPs named that have no record yet. Plain SVG: a few nodes.
async function show_keterkaitan(frm) {
	const field = frm.get_field("peta_keterkaitan");
	if (!field) return;
	const { message: peta } = await frappe.call({
		method: "sop_kinerja.mesin.keterkaitan.peta",
		args: { name: frm.doc.name },
	});
	const esc = frappe.utils.escape_html;
	const linked = new Set(peta.edges.flat());
	const nodes = peta.nodes.filter((n) => n.name === frm.doc.name || linked.has(n.name));
	let html = "";
	if (nodes.length > 1) {
		const size = 360;
		const r = size / 2 - 70;
		const at = {};
		nodes.forEach((n, i) => {
			const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
			at[n.name] = [size / 2 + r * Math.cos(a), size / 2 + r * Math.sin(a)];
		});
		const lines = peta.edges
			.filter(([a, b]) => at[a] && at[b])
			.map(
				([a, b]) =>
					`<line x1="${at[a][0]}" y1="${at[a][1]}" x2="${at[b][0]}" y2="${at[b][1]}" stroke="var(--gray-500)" marker-end="url(#sop-panah)"/>`,
			)
			.join("");
		const labels = nodes
			.map((n) => {
				const [x, y] = at[n.name];
				const text = esc((n.nama_sop || n.name).slice(0, 40));
				const bold = n.name === frm.doc.name ? ' font-weight="bold"' : "";
				return `<a href="/app/sop/${encodeURIComponent(n.name)}"><circle cx="${x}" cy="${y}" r="6" fill="${
					n.aktif ? "var(--green-500)" : "var(--gray-400)"
				}"/><text x="${x}" y="${y - 10}" text-anchor="middle" font-size="11"${bold}>${text}</text></a>`;
			})
			.join("");
		html += `<svg class="sop-peta-keterkaitan" viewBox="0 0 ${size} ${size}" style="width: 100%; max-width: ${size}px;">
			<defs><marker id="sop-panah" viewBox="0 0 10 10" refX="16" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="var(--gray-500)"/></marker></defs>
			${lines}${labels}</svg>`;
	}
	if (peta.tanpa_rekaman.length) {
		html += `<p class="text-muted small">${__("Named on the sheet, without an SOP record yet:")}</p><ul class="small">${peta.tanpa_rekaman
			.map((nama) => `<li>${esc(nama)}</li>`)
			.join("")}</ul>`;
	}
	field.$wrapper.html(html);
}

// The version's life (mesin/versi.py): a draft goes to ratification (Penetapan SOP); a version that has
// left its draft is changed by a revision, never in place; one in force may be withdrawn.
const VERSI = "sop_kinerja.mesin.versi";

function versi_buttons(frm) {
	const status = frm.doc.status;
	frm.page.set_indicator(__(status), { Berlaku: "green", Disahkan: "blue", Diajukan: "orange" }[status] || "gray");
	if (status === "Rancangan" && frappe.model.can_create("Penetapan SOP")) {
		frm.add_custom_button(__("Ajukan Penetapan"), () =>
			frappe.new_doc("Penetapan SOP", { sop: frm.doc.name }),
		);
	}
	if (status !== "Rancangan" && frappe.model.can_create("SOP")) {
		frm.add_custom_button(__("Revisi"), async () => {
			const { message: name } = await frappe.call({
				method: `${VERSI}.revisi`,
				args: { nama: frm.doc.name },
				freeze: true,
			});
			frappe.set_route("Form", "SOP", name);
		});
	}
	if (status === "Berlaku" && frappe.user.has_role("System Manager")) {
		frm.add_custom_button(__("Cabut"), () =>
			frappe.confirm(
				__("Withdraw {0}? Its documents are no longer governed by it; nothing is deleted.", [
					frappe.utils.escape_html(frm.doc.name),
				]),
				async () => {
					await frappe.call({ method: `${VERSI}.cabut`, args: { nama: frm.doc.name } });
					frm.reload_doc();
				},
			),
		);
	}
}
