"""The app's bench commands (Frappe finds them in this module's `commands`). Each is a thin door onto one
function elsewhere."""

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
	"""Make a demo office: divisions, officials, one user per SOP role, about thirty documents."""
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


commands = [sop_kinerja_demo]
