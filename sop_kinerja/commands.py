"""The app's bench commands (Frappe finds them in this module's `commands`). Each is a thin door onto one
function elsewhere."""

import json
import os
import sys

import click
import frappe
from frappe.commands import get_site, pass_context


@click.command("sop-kinerja-demo")
@click.option(
	"--force",
	is_flag=True,
	default=False,
	help="Add the demo even when the site has Perbaikan Data Kinerja of its own.",
)
@pass_context
def sop_kinerja_demo(context, force=False):
	"""Make two demo offices side by side: divisions, officials, one user per SOP role each, scoped to
	their office's units, and their documents."""
	from sop_kinerja.demo import BAHASA, RealDocumentsPresentError, buat_kantor_demo

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		# the demo office works in Indonesian: so do the texts it stores and what this command says
		frappe.local.lang = BAHASA
		try:
			hasil = buat_kantor_demo(force=force or context.force)
		except RealDocumentsPresentError as e:
			frappe.db.rollback()
			click.secho(str(e), fg="red", err=True)
			sys.exit(1)
		frappe.db.commit()
		click.echo(hasil.ringkasan())
	finally:
		frappe.destroy()


@click.command("impor-sop")
@click.argument("berkas", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
	"--json", "as_json", is_flag=True, default=False, help="Print what was read, as JSON; make nothing."
)
@pass_context
def impor_sop(context, berkas, as_json=False):
	"""Read SOP AP sheets (PDF, scan, DOCX, XLSX, OCR text) into draft SOP records, one per file."""
	from sop_kinerja import impor_sop

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	gagal = 0
	hasil = []
	try:
		frappe.set_user("Administrator")
		for path in berkas:
			nama = os.path.basename(path)
			try:
				with open(path, "rb") as f:
					isi = f.read(impor_sop.batas_ukuran() + 1)
				lembar = impor_sop.baca(nama, isi)
				if as_json:
					hasil.append(lembar.ke_json(frappe._))
				else:
					name = impor_sop.buat_draf(lembar, impor_sop.simpan_berkas(nama, isi))
					frappe.db.commit()
					click.echo(name)
			except (OSError, frappe.ValidationError) as e:
				frappe.db.rollback()
				gagal += 1
				pesan = frappe.utils.strip_html(str(e)) or type(e).__name__
				click.secho(f"{nama}: {pesan}", fg="red", err=True)
				if as_json:
					hasil.append(impor_sop.kosong(nama, pesan))
			finally:
				frappe.clear_messages()
		if as_json:
			click.echo(json.dumps(hasil, ensure_ascii=False, indent=1))
	finally:
		frappe.destroy()
	if gagal:
		sys.exit(1)


@click.command("jalankan-sop")
@click.argument("nama")
@click.option("--yes", is_flag=True, default=False, help="Make it; without this, print the preview only.")
@click.option(
	"--peran",
	multiple=True,
	metavar="AKTOR=ROLE",
	help="Map an actor to an existing Role (repeatable); an actor not given keeps the preview's Role.",
)
@pass_context
def jalankan_sop(context, nama, yes=False, peran=()):
	"""Run the SOP record NAMA (its name, or its Nama SOP): roles, a DocType, permissions, workflow."""
	from sop_kinerja.mesin import jalankan

	frappe.init(site=get_site(context))
	frappe.connect()
	try:
		frappe.set_user("Administrator")
		nama = frappe.db.get_value("SOP", nama) or frappe.db.get_value("SOP", {"nama_sop": nama}) or nama
		mapping = dict(item.split("=", 1) for item in peran if "=" in item)
		try:
			if yes:
				click.echo(jalankan.jalankan(nama, mapping))
			else:
				plan = jalankan.preview_jalankan(nama, mapping)
				for line in plan["items"] + plan["warnings"]:
					click.echo(f"- {line}")
				click.echo(f"DocType: {plan['doctype']}  (run again with --yes to make it)")
		except frappe.ValidationError as e:
			click.secho(frappe.utils.strip_html(str(e)), fg="red", err=True)
			sys.exit(1)
	finally:
		frappe.destroy()


commands = [sop_kinerja_demo, impor_sop, jalankan_sop]
