// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

// The desk's side of every document an SOP governs (see aturan_langkah.py), whatever its DocType: Perbaikan
// Data Kinerja, which came with code, and the DocTypes Jalankan SOP makes, which have none.
// - the form: the step banner with the step's Output and checklist, the step log, and the correction
//   note asked for before a send-back (the server refuses a send-back without one);
// - the list: "Waiting for Me", the documents at a step where one of my roles may act.
// A governed document's form carries the step data in __onload (aturan_langkah.onload).

frappe.provide("sop_kinerja");

sop_kinerja.governed = new Set();

$(document).on("form-refresh", (e, frm) => {
	if (!frm.doc.__onload || !("log_langkah" in frm.doc.__onload)) return;
	if (sop_kinerja.governed.has(frm.doctype)) return;
	sop_kinerja.governed.add(frm.doctype);
	// added now, the handlers also run for this refresh: the form triggers "refresh" right after
	frappe.ui.form.on(frm.doctype, {
		refresh(frm) {
			if (!frm.doc.__onload || !("log_langkah" in frm.doc.__onload)) return;
			show_current_step(frm);
			render_step_log(frm);
		},
		async before_workflow_action(frm) {
			if (!is_kembalikan(frm, frm.selected_workflow_action)) return;
			frappe.dom.unfreeze();
			const catatan = await ask_correction_note(frm.selected_workflow_action);
			frappe.dom.freeze();
			frm.doc.catatan_perbaikan = catatan;
			frm.dirty();
			await frm.save();
		},
	});
});

function step_of(frm, state) {
	return (frm.doc.__onload?.langkah || {})[state];
}

function is_kembalikan(frm, action) {
	const workflow = frappe.workflow.workflows[frm.doctype];
	const transition = (workflow?.transitions || []).find(
		(t) => t.state === frm.doc.workflow_state && t.action === action
	);
	if (!transition) return false;
	const from = step_of(frm, transition.state);
	const to = step_of(frm, transition.next_state);
	return Boolean(from && to && to.no < from.no);
}

function ask_correction_note(action) {
	return new Promise((resolve, reject) => {
		let answered = false;
		const dialog = new frappe.ui.Dialog({
			title: __(action),
			fields: [
				{
					fieldname: "catatan",
					fieldtype: "Small Text",
					label: __("Correction Note"),
					description: __("What must be fixed before the document comes back to you."),
					reqd: 1,
				},
			],
			primary_action_label: __(action),
			primary_action(values) {
				answered = true;
				dialog.hide();
				resolve(values.catatan);
			},
		});
		dialog.onhide = () => !answered && reject();
		dialog.show();
	});
}

function show_current_step(frm) {
	frm.set_intro("");
	if (frm.is_new()) return;
	const step = step_of(frm, frm.doc.workflow_state);
	if (!step) return;
	const overdue = frm.doc.__onload.lewat_mutu_baku_sejak;
	// working time by the office calendar (Kalender Kerja), as the standard is
	const waited =
		frm.doc.__onload.waktu_berjalan >= 60
			? frappe.utils.get_formatted_duration(frm.doc.__onload.waktu_berjalan)
			: __("less than a minute");
	const due = frm.doc.__onload.batas_waktu;
	const esc = frappe.utils.escape_html;
	let intro = __("Step {0} of {1} — {2}: {3}.", [
		step.no,
		frm.doc.__onload.jumlah_langkah,
		esc(__(frm.doc.workflow_state)),
		esc(__(step.kegiatan)),
	]);
	intro +=
		" " +
		__("Pelaksana: {0}. Standard time {1} working minutes; {2} of working time so far.", [
			esc(__(step.pelaksana)),
			step.waktu,
			waited,
		]);
	if (due && !overdue) {
		intro += " " + __("Due {0}.", [frappe.datetime.str_to_user(due)]);
	}
	if (overdue) {
		intro +=
			" " + __("Past its standard time since {0}.", [frappe.datetime.str_to_user(overdue)]);
	}
	if (step.output) {
		intro += `<br>${__("Output")}: <b>${esc(step.output)}</b>`;
	}
	if (step.checklist?.length) {
		const items = step.checklist
			.map((item) => `<li class="sop-kelengkapan">☐ ${esc(item)}</li>`)
			.join("");
		intro += `<br>${__("Kelengkapan")}:<ul class="list-unstyled mb-0">${items}</ul>`;
	}
	frm.set_intro(intro, overdue ? "red" : "blue");
}

function render_step_log(frm) {
	const wrapper = frm.get_field("log_html")?.$wrapper;
	if (!wrapper) return;
	const rows = (frm.doc.__onload?.log_langkah || []).filter((r) => r.keluar);
	if (!rows.length) {
		wrapper.html(`<p class="text-muted">${__("No step has been completed yet.")}</p>`);
		return;
	}
	const esc = frappe.utils.escape_html;
	const who = (r) => esc(r.nama_user || r.user || ""); // by name, as staff know each other
	wrapper.html(`
		<table class="table table-bordered table-sm">
			<thead><tr>
				<th>${__("Step")}</th><th>${__("Status")}</th><th>${__("Action")}</th><th>${__("User")}</th>
				<th>${__("Entered")}</th><th>${__("Left")}</th><th>${__("Time Spent")}</th><th>${__("Note")}</th>
			</tr></thead>
			<tbody>
				${rows
					.map(
						(r) => `<tr>
							<td>${r.langkah}</td>
							<td>${esc(__(r.workflow_state))}</td>
							<td>${esc(__(r.aksi))}</td>
							<td>${who(r)}<br><small class="text-muted">${esc(__(r.role))}</small></td>
							<td>${frappe.datetime.str_to_user(r.masuk)}</td>
							<td>${frappe.datetime.str_to_user(r.keluar)}</td>
							<td class="${r.lewat_waktu ? "text-danger" : ""}">
								${r.durasi ? frappe.utils.get_formatted_duration(r.durasi) : "0s"}
								<br><small class="text-muted">${__("standard {0} working min; {1} by the clock", [
									r.waktu_baku || 0,
									r.durasi_jam
										? frappe.utils.get_formatted_duration(r.durasi_jam)
										: "0s",
								])}</small>
							</td>
							<td>${esc(r.catatan || "")}${
							r.keluaran
								? `<div class="small text-muted" style="white-space: pre-line">${esc(
										r.keluaran
								  )}</div>`
								: ""
						}</td>
						</tr>`
					)
					.join("")}
			</tbody>
		</table>`);
}

// "Waiting for Me" on the list of every governed DocType the session started with; a list view
// setting of the DocType's own keeps its other parts.
function add_waiting_for_me(listview) {
	listview.page.add_inner_button(__("Waiting for Me"), async () => {
		const { message: states } = await frappe.call({
			method: "sop_kinerja.mesin.workflow.menunggu_saya",
			args: { doctype: listview.doctype },
		});
		await listview.filter_area.clear(false);
		// no state at all: a filter that matches nothing, rather than no filter
		listview.filter_area.add([
			[listview.doctype, "workflow_state", "in", states.length ? states : [""]],
			[listview.doctype, "docstatus", "!=", 2],
		]);
	});
}

for (const doctype of frappe.boot?.sop_kinerja?.doctypes || []) {
	const settings = (frappe.listview_settings[doctype] ||= {});
	const onload = settings.onload;
	settings.add_fields = [...(settings.add_fields || []), "workflow_state"];
	settings.onload = function (listview) {
		onload && onload.call(this, listview);
		add_waiting_for_me(listview);
	};
}
