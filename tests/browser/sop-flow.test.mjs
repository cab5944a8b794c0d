// One Perbaikan Data Kinerja through the SOP in the desk, in Debian's Chromium: every step by its
// own role user clicking the workflow buttons, one send-back with its note, the Nota Dinas print
// preview, and what each user can and cannot see and click. Screenshots go to $SOP_ARTIFACTS.
//
// Environment (run-tests sets it): SOP_BASE_URL, the bench serving one site; SOP_SETUP, the JSON
// that `bench --site SITE execute sop_kinerja.tests.browser_setup.prepare` returned.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";

const BASE = process.env.SOP_BASE_URL;
const SETUP = JSON.parse(process.env.SOP_SETUP || "{}");
const ARTIFACTS = process.env.SOP_ARTIFACTS || "artifacts/browser";
const DOC = SETUP.document;
const ROLE = {
	KS: "Kepala Satuan",
	SEK: "Sekretaris",
	KSB: "Kasubbag Renja dan Monev",
	PL: "Pelaksana",
	ARS: "Arsiparis",
};

// The SOP's path as the desk walks it: who clicks what, where it lands, what else they may click.
const PATH = [
	{
		role: ROLE.KS,
		action: "Perintahkan",
		to: "Penyampaian Sekretaris",
		offered: ["Perintahkan"],
	},
	{ role: ROLE.SEK, action: "Sampaikan", to: "Penerimaan Kasubbag", offered: ["Sampaikan"] },
	{
		role: ROLE.KSB,
		action: "Perintahkan",
		to: "Penyusunan Pelaksana",
		offered: ["Perintahkan"],
	},
	{ role: ROLE.PL, action: "Sampaikan", to: "Telaah Kasubbag", offered: ["Sampaikan"] },
	{
		role: ROLE.KSB,
		action: "Kembalikan",
		to: "Penyusunan Pelaksana",
		offered: ["Kembalikan", "Paraf"],
		note: "Nilai perbaikan indikator 1 belum sesuai sumber data.",
	},
	{ role: ROLE.PL, action: "Sampaikan", to: "Telaah Kasubbag", offered: ["Sampaikan"] },
	{ role: ROLE.KSB, action: "Paraf", to: "Telaah Sekretaris", offered: ["Kembalikan", "Paraf"] },
	{
		role: ROLE.SEK,
		action: "Paraf",
		to: "Telaah Kepala Satuan",
		offered: ["Kembalikan", "Paraf"],
	},
	{
		role: ROLE.KS,
		action: "Tandatangani",
		to: "Ditandatangani",
		offered: ["Kembalikan", "Tandatangani"],
	},
	{
		role: ROLE.SEK,
		action: "Perintahkan Pengarsipan",
		to: "Perintah Pengarsipan",
		offered: ["Perintahkan Pengarsipan"],
	},
	{
		role: ROLE.KSB,
		action: "Perintahkan Pengarsipan",
		to: "Pengarsipan",
		offered: ["Perintahkan Pengarsipan"],
	},
	{ role: ROLE.ARS, action: "Arsipkan", to: "Diarsipkan", offered: ["Arsipkan"] },
];

let browser;
const contexts = {};
const errors = [];
let shot = 0;

async function session(user) {
	if (!contexts[user]) {
		const context = await browser.newContext({
			baseURL: BASE,
			viewport: { width: 1366, height: 900 },
		});
		const login = await context.request.post("/api/method/login", {
			form: { usr: user, pwd: SETUP.password },
		});
		assert.equal(login.status(), 200, `login as ${user}`);
		contexts[user] = context;
	}
	return contexts[user];
}

async function screenshot(page, label) {
	shot += 1;
	const file = `${ARTIFACTS}/${String(shot).padStart(2, "0")}-${label.replace(
		/[^\w-]+/g,
		"-",
	)}.png`;
	await page.screenshot({ path: file });
}

async function openForm(user) {
	const page = await (await session(user)).newPage();
	page.on("pageerror", (error) => errors.push(`${user}: ${error.message}`));
	await page.goto(`/app/perbaikan-data-kinerja/${encodeURIComponent(DOC)}`);
	await page
		.waitForFunction(
			(name) => window.cur_frm?.doc?.name === name && !window.cur_frm.is_dirty(),
			DOC,
			{ timeout: 45000 },
		)
		.catch(async (error) => {
			await screenshot(page, `${user}-form-did-not-open`);
			throw error;
		});
	await page.waitForTimeout(1500); // the workflow buttons are drawn after the form's refresh
	return page;
}

const SOP_ACTIONS = new Set(PATH.map((step) => step.action));

// The workflow actions the desk offers this user: the SOP's actions among the Actions menu's items.
async function offeredActions(page) {
	const items = await page.evaluate(() =>
		[...document.querySelectorAll(".page-head .actions-btn-group .dropdown-item")].map(
			(item) => item.innerText.trim(),
		),
	);
	return items.filter((label) => SOP_ACTIONS.has(label)).sort();
}

async function fieldStatus(page, fieldname) {
	return page.evaluate((f) => window.cur_frm.get_field(f).get_status(), fieldname);
}

async function click(page, step) {
	await page.click(".page-head .actions-btn-group > button");
	await page.click(`.page-head .actions-btn-group .dropdown-item:has-text("${step.action}")`);
	if (step.note) {
		// Kembalikan asks for the correction note first
		const dialog = page.locator(".modal.show").filter({ has: page.locator("textarea") });
		await dialog.waitFor({ timeout: 15000 });
		await page.waitForTimeout(600); // let the dialog finish fading in before the screenshot
		await screenshot(page, `${step.role}-note-dialog`);
		await dialog.locator("textarea").fill(step.note);
		await dialog.locator(".btn-primary").click();
	}
	// a submitting action may ask Frappe's own confirmation
	const confirm = page
		.locator(".modal.show .btn-primary:visible")
		.filter({ hasNotText: step.action });
	const landed = page.waitForFunction(
		(to) => window.cur_frm?.doc?.workflow_state === to,
		step.to,
		{
			timeout: 60000,
		},
	);
	const confirmed = confirm
		.first()
		.click({ timeout: 5000 })
		.catch(() => {});
	await Promise.all([landed, confirmed]);
	await page.waitForTimeout(1000);
}

before(async () => {
	assert.ok(BASE && DOC, "SOP_BASE_URL and SOP_SETUP are set by run-tests");
	mkdirSync(ARTIFACTS, { recursive: true });
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		args: [
			"--headless",
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
});

after(async () => {
	await browser?.close();
});

test("an outsider cannot open the document", async () => {
	const page = await (await session(SETUP.outsider)).newPage();
	const response = await page.request.get(
		`/api/resource/Perbaikan Data Kinerja/${encodeURIComponent(DOC)}`,
	);
	assert.equal(response.status(), 403);
	await page.goto(`/app/perbaikan-data-kinerja/${encodeURIComponent(DOC)}`);
	await page.waitForTimeout(4000);
	assert.ok(!(await page.evaluate(() => window.cur_frm?.doc?.name)), "no form is shown");
	await screenshot(page, "outsider-refused");
});

test("the document goes through all ten steps, one send-back included, by clicking", async (t) => {
	let broken = false; // a step that failed leaves the document where the next one cannot act
	for (const [i, step] of PATH.entries()) {
		const name = `${i + 1}. ${step.role}: ${step.action} → ${step.to}`;
		await t.test(name, { skip: broken && "an earlier step failed" }, async () => {
			broken = true;
			const user = SETUP.users[step.role];
			const page = await openForm(user);
			const from = await page.evaluate(() => window.cur_frm.doc.workflow_state);
			const banner = await page.evaluate(
				() => document.querySelector(".form-message")?.innerText || "",
			);
			assert.match(
				banner,
				/(Step|Langkah) \d+ (of|dari) 10/,
				"the banner names the SOP step",
			);
			assert.deepEqual(
				await offeredActions(page),
				[...step.offered].sort(),
				"offered actions",
			);
			await screenshot(page, `${step.role}-at-${from}`);

			await click(page, step);

			assert.equal(await page.evaluate(() => window.cur_frm.doc.workflow_state), step.to);
			// the turn has passed: nothing left to click, nothing to edit
			const next = PATH[i + 1];
			if (!next || next.role !== step.role) {
				assert.deepEqual(
					await offeredActions(page),
					[],
					"no action after the turn passed",
				);
				assert.equal(await fieldStatus(page, "hal"), "Read", "Hal is read-only now");
			}
			await screenshot(page, `${step.role}-done-${step.to}`);
			await page.close();
			broken = false;
		});
	}
});

test("after the archive, a role sees nothing to click and cannot edit", async () => {
	const page = await openForm(SETUP.users[ROLE.PL]);
	assert.deepEqual(await offeredActions(page), []);
	assert.equal(await fieldStatus(page, "hal"), "Read");
	assert.equal(await page.evaluate(() => window.cur_frm.doc.docstatus), 1);
	await screenshot(page, "pelaksana-after-archive");
	await page.close();
});

test("the step log and the send-back note are on the form", async () => {
	const page = await openForm(SETUP.users[ROLE.KS]);
	const log = await page.evaluate(
		() => document.querySelector('[data-fieldname="log_html"]')?.innerText || "",
	);
	assert.match(log, /Nilai perbaikan indikator 1 belum sesuai sumber data/);
	assert.equal((log.match(/Kembalikan/g) || []).length, 1);
	assert.doesNotMatch(
		log,
		/@sop-kinerja\.test/,
		"the log names people, not their e-mail addresses",
	);
	const timeline = await page.evaluate(() =>
		[...document.querySelectorAll(".timeline-item")].map((item) => item.innerText).join("\n"),
	);
	assert.match(timeline, /(Step|Langkah) 10 \(Pengarsipan\)/);
	await page.evaluate(() =>
		document.querySelector('[data-fieldname="log_html"]').scrollIntoView(),
	);
	await screenshot(page, "step-log");
	await page.close();
});

test("the Nota Dinas print preview shows the signed Nota Dinas", async () => {
	const page = await (await session(SETUP.users[ROLE.KS])).newPage();
	await page.goto(
		`/app/print/Perbaikan Data Kinerja/${encodeURIComponent(DOC)}?format=${encodeURIComponent(
			"Nota Dinas",
		)}`,
	);
	let text = "";
	for (let tries = 0; tries < 30 && !text.includes("NOTA DINAS"); tries++) {
		await page.waitForTimeout(1000);
		for (const frame of page.frames()) {
			text += await frame.evaluate(() => document.body?.innerText || "").catch(() => "");
		}
	}
	assert.match(text, /NOTA DINAS/);
	assert.match(text, new RegExp(`NOMOR ${DOC.replace(/\//g, "\\/")}`));
	await screenshot(page, "nota-dinas-print-preview");
	await page.close();
});

test("the Arsip shows its Nota Dinas PDF, or lets the Arsiparis make it", async () => {
	const form = await openForm(SETUP.users[ROLE.ARS]);
	const arsip = await form.evaluate(() => window.cur_frm.doc.arsip);
	await form.close();
	assert.ok(arsip, "Arsipkan linked the Arsip");
	const page = await (await session(SETUP.users[ROLE.ARS])).newPage();
	page.on("pageerror", (error) => errors.push(`arsip: ${error.message}`));
	await page.goto(`/app/arsip/${encodeURIComponent(arsip)}`);
	await page.waitForFunction((name) => window.cur_frm?.doc?.name === name, arsip, {
		timeout: 45000,
	});
	await page.waitForTimeout(1000);
	const headline = () => page.evaluate(() => window.cur_frm.layout.message[0].innerText.trim());
	// the PDF comes from a background job; with no worker running (as here) it is not there yet
	if (!(await page.evaluate(() => window.cur_frm.doc.berkas))) {
		assert.match(await headline(), /PDF Nota Dinas belum terlampir/);
		await screenshot(page, "arsip-without-pdf");
		await page.getByRole("button", { name: "Buat PDF Nota Dinas" }).click();
		await page.waitForFunction(() => window.cur_frm.doc.berkas, null, { timeout: 60000 });
		await page.waitForTimeout(1000);
	}
	assert.match(await page.evaluate(() => window.cur_frm.doc.berkas), /\.pdf$/);
	assert.equal(await headline(), "");
	await screenshot(page, "arsip-with-pdf");
	await page.close();
});

test("Impor SOP: a sheet uploaded on the SOP list becomes a draft shown beside its source", async () => {
	const user = SETUP.admin;
	const page = await (await session(user)).newPage();
	page.on("pageerror", (error) => errors.push(`${user}: ${error.message}`));
	await page.goto("/app/sop");
	const button = page.locator(".page-head button", { hasText: "Impor SOP" });
	await button.waitFor({ timeout: 45000 });
	await button.click();
	const input = page.locator(".modal.show input[type=file]");
	await input.waitFor({ state: "attached", timeout: 15000 });
	await input.setInputFiles(
		fileURLToPath(new URL("../lembar_sop/seed-lembar.pdf", import.meta.url)),
	);
	await page.waitForTimeout(500);
	await screenshot(page, "impor-sop-upload");
	await page.locator(".modal.show .btn-modal-primary").click();
	// the server reads the sheet after the upload: wait until its draft is there
	let draft = null;
	for (let i = 0; i < 90 && !draft; i++) {
		draft = await page.evaluate(async () => {
			const rows = await frappe.db.get_list("SOP", {
				filters: { berkas_sumber: ["like", "%seed-lembar%"] },
				fields: ["name"],
			});
			return rows.length ? rows[0].name : null;
		});
		if (!draft) await page.waitForTimeout(1000);
	}
	assert.ok(draft, "a draft SOP was made from the uploaded sheet");
	await page.goto(`/app/sop/${encodeURIComponent(draft)}`);
	await page.waitForFunction((name) => window.cur_frm?.doc?.name === name, draft, {
		timeout: 45000,
	});
	await page.waitForTimeout(1500);
	const form = await page.evaluate(() => ({
		headline: cur_frm.layout.message[0].innerText.trim(),
		aktif: cur_frm.doc.aktif,
		steps: cur_frm.doc.langkah.length,
		roles: cur_frm.doc.langkah.map((row) => row.pelaksana),
		source: !!document.querySelector(
			'[data-fieldname="pratinjau_sumber"] iframe[src*="seed-lembar"][src*="#page="]',
		),
		actors: cur_frm.doc.peta_pelaksana.map((row) => [row.pelaksana_lembar, row.role]),
		actorsShown: $('[data-fieldname="peta_pelaksana"] .grid-body .grid-row').length,
	}));
	assert.equal(form.aktif, 0);
	assert.equal(form.steps, 10);
	assert.deepEqual(form.roles.slice(0, 5), [ROLE.KS, ROLE.SEK, ROLE.KSB, ROLE.PL, ROLE.KSB]);
	assert.ok(form.source, "the source sheet is shown beside the steps, open at a page");
	// each actor once, with its Role, in the one table the admin fills
	assert.equal(form.actors.length, 5);
	assert.equal(form.actorsShown, 5);
	assert.deepEqual(form.actors[0], [ROLE.KS, ROLE.KS]);
	// the site has an SOP of that name already, so the draft's name changed: one point to check, at the top
	assert.match(form.headline, /seed-lembar\.pdf: 1 /);
	await page.locator('[data-fieldname="pratinjau_sumber"]').scrollIntoViewIfNeeded();
	await screenshot(page, "impor-sop-draft");

	// the admin corrects step 2 by hand, then reads the sheet again into the same draft
	await page.evaluate(async () => {
		cur_frm.doc.langkah[1].kegiatan = "Diperbaiki di desk";
		cur_frm.dirty();
		await cur_frm.save();
	});
	const before = await page.evaluate(() => cur_frm.doc.modified);
	await page
		.locator(".page-head button", { hasText: /Impor Berkas Perbaikan|Import Corrected File/ })
		.click();
	const again = page.locator(".modal.show input[type=file]");
	await again.waitFor({ state: "attached", timeout: 15000 });
	await again.setInputFiles(
		fileURLToPath(new URL("../lembar_sop/seed-lembar.pdf", import.meta.url)),
	);
	await page.waitForTimeout(500);
	await page.locator(".modal.show .btn-modal-primary").click();
	await page
		.locator(".modal.show .modal-title", {
			hasText: /Berkas perbaikan telah diimpor|Corrected file imported/,
		})
		.waitFor({ timeout: 60000 });
	const kept = await page.locator(".modal.show .modal-body").innerText();
	assert.match(kept, /: 2\./, "step 2, changed by hand, was kept");
	// the form reloads the draft as read again (the same sheet's bytes keep the same file address)
	await page.waitForFunction((old) => cur_frm.doc.modified !== old, before, {
		timeout: 15000,
	});
	assert.equal(await page.evaluate(() => cur_frm.doc.langkah[1].kegiatan), "Diperbaiki di desk");
	await page.close();
});

// --- Jalankan SOP: an SOP typed in, put to work by an admin, and walked by its three users ------------

const IZIN = SETUP.izin || {};
const [PEMOHON, KASUBBAG_UMUM, KABAG_UMUM] = Object.keys(IZIN.users || {});
let izinDoctype = null;

// The admin's part, counted: each click and each page opened; and the server's time on each request
// (from sending it to the first byte of the answer).
function counted(page) {
	const tally = { clicks: 0, serverMs: 0 };
	page.on("requestfinished", (request) => {
		const t = request.timing();
		if (request.url().includes("/api/") && t.responseStart > 0) {
			tally.serverMs += t.responseStart - t.requestStart;
		}
	});
	return {
		tally,
		async click(locator) {
			tally.clicks += 1;
			await locator.click();
		},
		async open(path) {
			tally.clicks += 1;
			await page.goto(path);
		},
	};
}

async function waitForForm(page, doctype, name) {
	await page.waitForFunction(
		([doctype, name]) =>
			window.cur_frm?.doctype === doctype &&
			(!name || window.cur_frm.doc.name === name) &&
			!window.cur_frm.is_dirty(),
		[doctype, name],
		{ timeout: 45000 },
	);
	await page.waitForTimeout(1200);
}

test("Jalankan SOP: an admin runs a typed-in SOP and gives three users their roles", async () => {
	assert.ok(IZIN.sop, "browser_setup made the SOP");
	const user = SETUP.admin;
	const page = await (await session(user)).newPage();
	page.on("pageerror", (error) => errors.push(`${user}: ${error.message}`));
	const admin = counted(page);
	const started = Date.now();

	await admin.open(`/app/sop/${encodeURIComponent(IZIN.sop)}`);
	await waitForForm(page, "SOP", IZIN.sop);
	await admin.click(page.locator(".page-head button.sop-jalankan"));
	const dialog = page.locator(".modal.show").filter({ hasText: "Jalankan SOP" });
	await dialog.locator(".sop-jalankan-rencana li").first().waitFor({ timeout: 30000 });
	await page.waitForTimeout(600);
	const plan = await dialog.locator(".sop-jalankan-rencana li").allInnerTexts();
	await screenshot(page, "jalankan-sop-preview");
	assert.ok(
		plan.some((item) => item.includes(KASUBBAG_UMUM)),
		"the preview names the new roles",
	);
	assert.ok(
		plan.some((item) => item.includes("DocType")),
		"the preview names the DocType",
	);
	await admin.click(dialog.locator(".btn-modal-primary"));
	const done = page.locator(".modal.show").filter({ hasText: IZIN.sop.replace(/^SOP /, "") });
	await done.locator("a").first().waitFor({ timeout: 60000 });
	// the form reloads after the message shows: wait for the reloaded record, not the message alone
	await page
		.waitForFunction(() => window.cur_frm && cur_frm.doc.document_type, null, {
			timeout: 30000,
		})
		.catch(() => {});
	izinDoctype = await page.evaluate(() => cur_frm.doc.document_type);
	assert.ok(izinDoctype, "the SOP now names its DocType");
	await screenshot(page, "jalankan-sop-done");
	await admin.click(done.locator(".btn-modal-close").first());

	// each user gets the Role of their actor, in their User form
	for (const [actor, email] of Object.entries(IZIN.users)) {
		await admin.open(`/app/user/${encodeURIComponent(email)}`);
		await waitForForm(page, "User", email);
		// the tab: dispatched, as the sticky page head lies over the tab bar in this viewport
		admin.tally.clicks += 1;
		await page
			.locator('.form-tabs-list [data-fieldname="roles_permissions_tab"]')
			.dispatchEvent("click");
		const box = page.locator(
			`[data-fieldname="roles_html"] input[type=checkbox][data-unit="${actor}"]`,
		);
		await box.waitFor({ timeout: 15000 });
		await admin.click(box);
		const saved = page.waitForResponse((r) => r.url().includes("savedocs"), {
			timeout: 30000,
		});
		await admin.click(page.locator(".page-head .primary-action"));
		assert.equal((await saved).status(), 200);
		await page.waitForTimeout(800);
	}
	const roles = await page.evaluate(
		async (users) =>
			Promise.all(
				Object.values(users).map(async (email) =>
					(await frappe.db.get_doc("User", email)).roles.map((r) => r.role),
				),
			),
		IZIN.users,
	);
	assert.deepEqual(
		roles.map((r) => r.filter((role) => Object.keys(IZIN.users).includes(role))),
		Object.keys(IZIN.users).map((actor) => [actor]),
	);
	console.log(
		`Jalankan SOP, the admin's part: ${admin.tally.clicks} clicks, ` +
			`${(admin.tally.serverMs / 1000).toFixed(2)} s of server time ` +
			`(${((Date.now() - started) / 1000).toFixed(1)} s in all)`,
	);
	assert.ok(admin.tally.clicks < 40, `${admin.tally.clicks} clicks, the target is under 40`);
	await page.close();
});

async function izinForm(email, name) {
	const page = await (await session(email)).newPage();
	page.on("pageerror", (error) => errors.push(`${email}: ${error.message}`));
	await page.goto(`/app/${izinSlug()}/${name ? encodeURIComponent(name) : "new"}`);
	await page.waitForFunction((doctype) => window.cur_frm?.doctype === doctype, izinDoctype, {
		timeout: 45000,
	});
	await page.waitForTimeout(1200);
	return page;
}

function izinSlug() {
	return izinDoctype.toLowerCase().replace(/ /g, "-");
}

async function fillOutput(page, fieldname, text) {
	await page.locator(`[data-fieldname="${fieldname}"] textarea`).fill(text);
	const saved = page.waitForResponse((r) => r.url().includes("savedocs"), { timeout: 30000 });
	await page.keyboard.press("Control+s");
	assert.equal((await saved).status(), 200);
	await page.waitForFunction(() => !window.cur_frm.is_dirty(), null, { timeout: 30000 });
	await page.waitForTimeout(1200);
}

async function takeAction(page, action, to, note) {
	await click(page, { action, to, note, role: `izin-${action}` });
}

test("Jalankan SOP: three users take a document through every step, one send-back included", async () => {
	assert.ok(izinDoctype, "the admin ran the SOP");
	const pemohon = IZIN.users[PEMOHON];
	const kasubbag = IZIN.users[KASUBBAG_UMUM];
	const kabag = IZIN.users[KABAG_UMUM];
	const answer = await (
		await session(SETUP.admin)
	).request.get(`/api/resource/SOP/${encodeURIComponent(IZIN.sop)}`);
	const states = (await answer.json()).data.langkah.map((row) => row.workflow_state);

	// step 1: the applicant writes the request and hands on the form
	let page = await izinForm(pemohon);
	await page.locator('[data-fieldname="hal"] input').fill("Izin keluar kantor ke bank");
	const saved = page.waitForResponse((r) => r.url().includes("savedocs"), { timeout: 30000 });
	await page.keyboard.press("Control+s");
	assert.equal((await saved).status(), 200);
	await page.waitForFunction(
		() => !window.cur_frm.is_new() && !window.cur_frm.is_dirty(),
		null,
		{
			timeout: 30000,
		},
	);
	await page.waitForTimeout(1500);
	const name = await page.evaluate(() => cur_frm.doc.name);
	const banner = await page.evaluate(() => cur_frm.layout.message[0].innerText);
	assert.match(banner, /1/);
	assert.match(banner, /Surat Tugas/, "the step's checklist is shown with the step");
	await screenshot(page, "izin-step-1");
	await fillOutput(page, "formulir_izin", "Keluar pukul 10.00-11.00 untuk setor kas");
	await takeAction(page, "Teruskan", states[1]);
	await page.close();

	// the Kasubbag finds it on the list with "Waiting for Me"
	page = await (await session(kasubbag)).newPage();
	page.on("pageerror", (error) => errors.push(`${kasubbag}: ${error.message}`));
	await page.goto(`/app/${izinSlug()}`);
	const waiting = page.locator(".page-head button", { hasText: "Menunggu Saya" });
	await waiting.waitFor({ timeout: 45000 });
	await waiting.click();
	await page.waitForFunction(
		(name) =>
			(window.cur_list?.filter_area?.get() || []).some((f) => f[1] === "workflow_state") &&
			window.cur_list.data.map((row) => row.name).includes(name),
		name,
		{ timeout: 30000 },
	);
	await screenshot(page, "izin-waiting-for-me");
	await page.close();

	// step 2, then the decision sends it back, then again
	page = await izinForm(kasubbag, name);
	await fillOutput(page, "hasil_pemeriksaan", "Alasan dan jam sesuai");
	await takeAction(page, "Teruskan", states[2]);
	await page.close();
	page = await izinForm(kabag, name);
	await takeAction(page, "Kembalikan", states[1], "Lampirkan surat tugas dari bendahara");
	await page.close();
	page = await izinForm(kasubbag, name);
	await takeAction(page, "Teruskan", states[2]);
	await page.close();

	// the decision agrees, the letter is signed, the agenda noted
	page = await izinForm(kabag, name);
	await fillOutput(page, "pertimbangan", "Setuju");
	await takeAction(page, "Setujui", states[3]);
	await fillOutput(page, "surat_izin_keluar", "Surat izin nomor 12/UMUM/2026");
	await takeAction(page, "Teruskan", states[4]);
	await page.close();
	page = await izinForm(kasubbag, name);
	await fillOutput(page, "catatan_agenda", "Agenda 45");
	await takeAction(page, "Selesaikan", "Selesai");
	await page.reload();
	await page.waitForFunction((n) => window.cur_frm?.doc?.name === n, name, { timeout: 45000 });
	await page.waitForTimeout(1500);
	const log = await page.evaluate(() =>
		[...document.querySelectorAll('[data-fieldname="log_html"] tbody tr')].map((tr) =>
			tr.innerText.replace(/\s+/g, " "),
		),
	);
	await page.locator('[data-fieldname="log_html"]').scrollIntoViewIfNeeded();
	await screenshot(page, "izin-step-log");
	assert.equal(log.length, 7, "seven moves in the step log");
	assert.ok(log[2].includes("Lampirkan surat tugas"), "the send-back note is in the log");
	await page.close();
});

// --- One site, two units: unit B's Sekretaris, limited to unit B, sees nothing of unit A --------------

test("unit B's Sekretaris sees nothing of unit A: list, workspace, notifications", async () => {
	const { user_b: user, doc_a: docA, doc_b: docB } = SETUP.units;
	const page = await (await session(user)).newPage();
	page.on("pageerror", (error) => errors.push(`${user}: ${error.message}`));

	await page.goto("/app/perbaikan-data-kinerja?workflow_state=Penyampaian%20Sekretaris");
	await page.locator(".list-row-container").first().waitFor({ timeout: 45000 });
	await page.waitForTimeout(1000);
	const listed = await page.evaluate(() => cur_list.data.map((row) => row.name));
	assert.ok(listed.includes(docB), "unit B's own document is listed");
	assert.ok(!listed.includes(docA), "unit A's document is not");
	await screenshot(page, "unit-b-list");

	// the workspace's cards count what this user may read: the step's card is the list's count
	await page.goto("/app/sop-kinerja");
	const card = page
		.locator(".number-widget-box", { hasText: /Penyampaian Sekretaris/i })
		.first();
	await card.waitFor({ timeout: 45000 });
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll(".number-widget-box")].some(
				(c) =>
					/Penyampaian Sekretaris/i.test(c.innerText) &&
					/\d/.test(c.querySelector(".number")?.innerText || ""),
			),
		null,
		{ timeout: 45000 },
	);
	const shown = Number((await card.locator(".number").innerText()).replace(/\D/g, ""));
	const mine = await page.evaluate(() =>
		frappe.db.count("Perbaikan Data Kinerja", {
			filters: { workflow_state: "Penyampaian Sekretaris" },
		}),
	);
	assert.equal(shown, mine, "the card counts the documents unit B may read");
	await screenshot(page, "unit-b-workspace");

	// the notifications: the late document of unit B, none of unit A
	const told = await page.evaluate(async () =>
		(
			await frappe.db.get_list("Notification Log", {
				fields: ["document_name"],
				filters: { document_type: "Perbaikan Data Kinerja" },
				limit: 100,
			})
		).map((row) => row.document_name),
	);
	assert.ok(told.includes(docB), "told of unit B's late document");
	assert.ok(!told.includes(docA), "not told of unit A's");
	await page.locator(".dropdown-notifications .notifications-icon").first().click();
	await page.waitForTimeout(1500);
	const dropdown = await page.locator(".dropdown-notifications").innerText();
	assert.ok(!dropdown.includes(docA), "unit A's number is not in the notifications");
	await screenshot(page, "unit-b-notifications");
	await page.close();
});

// --- Monitoring SOP (Tabel 7): the assessor marks a row against the figures' proposal and prints it ---

const MON = SETUP.monitoring || {};
const MON_DOCTYPE = "Monitoring SOP";
const BAIK = "Berjalan dengan baik";
const TIDAK_BAIK = "Tidak berjalan dengan baik";
// Tabel 7's head as Permenpan-RB 35/2012 draws it: two rows, the mark's two columns under the second
const TABEL_7 = [
	[
		"No",
		"Prosedur",
		"Penilaian Terhadap Penerapan",
		"Catatan Hasil Penilaian",
		"Tindakan yang Harus Diambil",
		"Paraf Penilai",
	],
	[BAIK, TIDAK_BAIK],
];

test("Monitoring SOP: the assessor overrules a row's proposed mark, writes notes and action, and prints Tabel 7", async () => {
	assert.ok(MON.name && MON.user, "browser_setup made the monitoring and its assessor");
	const user = MON.user;
	const catatan = `Disposisi masih ditulis tangan; langkah 1 lewat mutu baku (${Date.now()})`;
	const tindakan = "Tinjau mutu baku langkah 1 dan latih Kepala Satuan memakai desk";
	const context = await session(user);
	const page = await context.newPage();
	page.on("pageerror", (error) => errors.push(`${user}: ${error.message}`));

	await page.goto(`/app/monitoring-sop/${encodeURIComponent(MON.name)}`);
	await waitForForm(page, MON_DOCTYPE, MON.name);
	// the assessor holds the one role the settings name (Peran Penilai SOP), besides Frappe's own
	const roles = await page.evaluate(() => frappe.user_roles);
	assert.deepEqual(
		roles.filter((role) => !["All", "Guest", "Desk User"].includes(role)),
		[MON.role],
		`${user} holds ${MON.role} alone`,
	);
	const grid = page.locator('[data-fieldname="prosedur"] .grid-body');
	const row = grid.locator(".grid-row", { hasText: MON.prosedur }).first();
	await row.waitFor({ timeout: 15000 });
	const mark = row.locator('[data-fieldname="penilaian"] .static-area');
	// pre-filled from the step log: the row stands at the figures' proposal
	assert.equal(MON.usulan, TIDAK_BAIK);
	assert.equal((await mark.innerText()).trim(), TIDAK_BAIK, "the grid shows the proposed mark");
	assert.equal(
		await page.locator(".form-section .section-head").first().innerText(),
		"Monitoring Pelaksanaan SOP AP",
	);
	await screenshot(page, "monitoring-as-proposed");

	// the assessor names themself and the day
	const penilai = page.locator('.frappe-control[data-fieldname="penilai"] input');
	await penilai.fill(user);
	await page
		.locator('.frappe-control[data-fieldname="penilai"] .awesomplete [role="option"]', {
			hasText: user,
		})
		.first()
		.click({ timeout: 15000 });
	const hari = await page.evaluate(() =>
		frappe.datetime.str_to_user(frappe.datetime.get_today()),
	);
	await page.locator('.frappe-control[data-fieldname="tanggal_penilaian"] input').fill(hari);
	await page.keyboard.press("Escape");

	// the row: opened from the grid, marked against the proposal, notes and action written
	await row.locator(".btn-open-row").click();
	const open = page.locator(".grid-row-open");
	await open.waitFor({ timeout: 15000 });
	assert.equal(
		await open.locator('.frappe-control[data-fieldname="usulan"] .control-value').innerText(),
		TIDAK_BAIK,
		"the figures' proposal is shown beside the mark",
	);
	await open.locator('.frappe-control[data-fieldname="penilaian"] select').selectOption(BAIK);
	await open.locator('.frappe-control[data-fieldname="catatan"] textarea').fill(catatan);
	await open.locator('.frappe-control[data-fieldname="tindakan"] textarea').fill(tindakan);
	await page.waitForTimeout(500);
	await screenshot(page, "monitoring-row-marked");
	await open.locator(".grid-collapse-row").first().click();
	await page.waitForTimeout(500);

	const saved = page.waitForResponse((r) => r.url().includes("savedocs"), { timeout: 30000 });
	await page.keyboard.press("Control+s");
	assert.equal((await saved).status(), 200);
	await page.waitForFunction(() => !window.cur_frm.is_dirty(), null, { timeout: 30000 });
	await page.waitForTimeout(1000);
	assert.equal((await mark.innerText()).trim(), BAIK, "the grid shows the assessor's mark");
	await screenshot(page, "monitoring-saved");

	// (a) what was saved, read back over REST as the assessor
	const answer = await context.request.get(
		`/api/resource/${encodeURIComponent(MON_DOCTYPE)}/${encodeURIComponent(MON.name)}`,
	);
	assert.equal(answer.status(), 200);
	const doc = (await answer.json()).data;
	const mine = doc.prosedur.find((r) => r.sop === MON.sop);
	assert.equal(mine.penilaian, BAIK, "the assessor's mark is kept");
	assert.equal(mine.usulan, TIDAK_BAIK, "the proposal stays as the figures made it");
	assert.equal(mine.catatan, catatan);
	assert.equal(mine.tindakan, tindakan);
	assert.ok(
		mine.dokumen_mulai > 0 && mine.tanpa_dokumen === 0,
		"the row's figures are the step log's",
	);
	assert.equal(doc.penilai, user);
	assert.equal(doc.nama_penilai, MON.full_name);
	assert.equal(doc.tanggal_penilaian, await page.evaluate(() => frappe.datetime.get_today()));

	// (b) the print: Tabel 7's columns, the row's mark, notes and action, the assessor's name
	const printview = await context.newPage();
	printview.on("pageerror", (error) => errors.push(`${user} printview: ${error.message}`));
	const shown = await printview.goto(
		`/printview?doctype=${encodeURIComponent(MON_DOCTYPE)}&name=${encodeURIComponent(
			MON.name,
		)}&format=${encodeURIComponent("Monitoring SOP")}&no_letterhead=0&trigger_print=0`,
	);
	assert.equal(shown.status(), 200);
	const printed = await printview.evaluate(() => {
		const table = document.querySelector("table.tabel7");
		return {
			heads: [...(table?.querySelectorAll("thead tr") || [])].map((tr) =>
				[...tr.querySelectorAll("th")].map((th) =>
					th.innerText.replace(/\s+/g, " ").trim(),
				),
			),
			rows: [...(table?.querySelectorAll("tbody tr") || [])].map((tr) =>
				[...tr.querySelectorAll("td")].map((td) => td.innerText.trim()),
			),
			nama: document.querySelector(".ttd-nama")?.innerText.trim(),
			judul: document.querySelector(".judul")?.innerText || "",
		};
	});
	assert.deepEqual(printed.heads, TABEL_7, "Tabel 7's columns, in the regulation's order");
	const line = printed.rows.find((cells) => cells[1] === MON.prosedur);
	assert.ok(line, `the print has a row for ${MON.prosedur}`);
	assert.equal(line.length, 7);
	assert.deepEqual([line[2], line[3]], ["✓", ""], "ticked under Berjalan dengan baik only");
	assert.ok(line[4].startsWith(catatan), "the notes, above the step log's evidence");
	assert.equal(line[5], tindakan);
	assert.equal(printed.nama, MON.full_name, "the assessor's name under Penilai");
	assert.ok(
		printed.judul.includes(`SEMESTER ${MON.semester} TAHUN ${MON.tahun}`),
		"the semester in the title",
	);
	await screenshot(printview, "monitoring-printview");
	await printview.close();

	// the desk's print view, the monitoring's format chosen in its sidebar
	await page.goto(
		`/app/print/${encodeURIComponent(MON_DOCTYPE)}/${encodeURIComponent(MON.name)}`,
	);
	const selector = page.locator('.print-preview-sidebar [data-fieldname="print_format"] input');
	await selector.waitFor({ timeout: 45000 });
	await page.waitForTimeout(1000);
	// Monitoring SOP names no default print format: the view opens on Standard until one is chosen
	if ((await selector.inputValue()) !== "Monitoring SOP") {
		await selector.fill("Monitoring SOP");
		await page
			.locator(
				'.print-preview-sidebar [data-fieldname="print_format"] .awesomplete [role="option"]',
				{
					hasText: "Monitoring SOP",
				},
			)
			.first()
			.click({ timeout: 15000 });
	}
	const frame = page.frameLocator("iframe.print-format-container");
	await frame.locator("table.tabel7").waitFor({ timeout: 30000 });
	const preview = await frame.locator(".print-format").innerText();
	for (const text of [...TABEL_7.flat(), catatan, tindakan, MON.full_name]) {
		assert.ok(preview.includes(text), `the desk's print preview shows "${text}"`);
	}
	await screenshot(page, "monitoring-print-preview");

	// (c) the desk's PDF button asks for a PDF, and the answer is one
	const asked = context.waitForEvent("request", {
		predicate: (request) => request.url().includes("download_pdf"),
		timeout: 30000,
	});
	await page.locator(".page-head button", { hasText: "PDF" }).first().click();
	const url = (await asked).url();
	assert.match(decodeURIComponent(url), /format=Monitoring SOP/);
	const pdf = await context.request.get(url);
	assert.equal(pdf.status(), 200);
	assert.match(pdf.headers()["content-type"], /application\/pdf/);
	const bytes = await pdf.body();
	assert.equal(bytes.subarray(0, 4).toString("latin1"), "%PDF");
	assert.ok(bytes.length > 5000, `a PDF of ${bytes.length} bytes`);
	for (const other of context.pages()) if (other !== page) await other.close();
	await page.close();
});

test("no script error on any page", () => {
	assert.deepEqual(errors, []);
});
