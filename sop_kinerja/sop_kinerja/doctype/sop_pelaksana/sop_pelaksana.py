# Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from sop_kinerja.mesin.exceptions import SOPInvalidError


class SOPPelaksana(Document):
	"""One actor as the SOP's sheet names it, and the Role that acts for it at every one of its steps."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		pelaksana_lembar: DF.Data
		role: DF.Link | None
	# end: auto-generated types
	pass


def isi_peta(sop):
	"""One row per actor the steps name as the sheet wrote them, and that row's Role at each of
	the actor's steps: the admin chooses an actor's Role once, in the table."""
	actors = list(dict.fromkeys(row.pelaksana_lembar for row in sop.langkah if row.pelaksana_lembar))
	seen = set()
	for row in sop.peta_pelaksana:
		if row.pelaksana_lembar in seen:
			frappe.throw(
				_("The actor {0} is listed twice under Pelaksana dan Role.").format(
					frappe.bold(row.pelaksana_lembar)
				),
				exc=SOPInvalidError,
			)
		seen.add(row.pelaksana_lembar)
	for actor in actors:
		if actor not in seen:
			step = next(row for row in sop.langkah if row.pelaksana_lembar == actor)
			sop.append("peta_pelaksana", {"pelaksana_lembar": actor, "role": step.pelaksana})
	sop.peta_pelaksana = [row for row in sop.peta_pelaksana if row.pelaksana_lembar in actors]
	for idx, row in enumerate(sop.peta_pelaksana, 1):
		row.idx = idx
	role = {row.pelaksana_lembar: row.role for row in sop.peta_pelaksana}
	for row in sop.langkah:
		if row.pelaksana_lembar:
			row.pelaksana = role[row.pelaksana_lembar]
