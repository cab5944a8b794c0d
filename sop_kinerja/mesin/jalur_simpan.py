"""The seam: where the app saves otherwise than Frappe's save path, for its own DocTypes only, and why.

Each departure is here, says which Frappe behaviour it replaces, and was checked against Frappe
15.44.2 (`frappe/model/document.py`, `base_document.py`). The load test (`benchmarks/beban-workflow`)
is what justifies each: without them a move costs more SQL and new documents deadlock (NOTES.md,
Concurrency).

1. `KunciInduk.load_from_db` and `update_child_table`, for a DocType with child tables, replace
   `Document.load_from_db` and `Document.update_child_table`: see below.
2. `sisipkan` replaces `Document.insert` for a record every value of which is already known good
   (taken from a saved document, the settings or the signed-in user): one INSERT, named and stamped as
   Frappe's would be (`set_new_name`, `set_user_and_timestamp`, `db_insert`), without validation,
   link checks, hooks or a Version. Used for the verification record at signing and the Arsip.
3. `sisipkan_dengan_sequence` inserts a row of an autoincrement DocType in one statement with MariaDB's
   `nextval` on the DocType's sequence (Frappe's `db_insert` asks the sequence first, then inserts):
   the step log's lines, three statements per move instead of six.

Saving a document with tables without gap locks on its child tables.

Frappe's save reads the document again FOR UPDATE (`Document.load_doc_before_save`), child tables
included, and clears removed child rows with a DELETE over the child table's `parent` index. Both take
next-key locks there. A document with no rows in a table yet locks the gap at the end of that index,
which every new document shares: two saves that then add their first rows both wait for the other's
gap lock, and InnoDB ends the deadlock by failing one (NOTES, Concurrency). Measured with this app's
load test: most first saves of the corrections, on stock Frappe and before this mixin alike.

`KunciInduk` (the parent's lock) changes two things for a DocType of this app, nothing else:
- read for an update (Frappe's `load_doc_before_save`, REST's PUT), the document's own row is read FOR
  UPDATE: every save of the document waits there, so its child rows need no lock of their own and are
  read plainly, in the same statements as any read;
- removed child rows are deleted by name, from the rows the document had before the save.

A plain read may come from the transaction's snapshot, older than the locked row if another save
committed in between. The locked row is the latest, so its `modified` differs from the copy being
saved and Frappe's own check (`check_if_latest`) refuses the save, as it refuses any edit of a changed
document.
"""

import frappe
import frappe.utils
from frappe import _
from frappe.model.base_document import BaseDocument
from frappe.model.document import Document


class KunciInduk(Document):
	def load_from_db(self):
		if self.meta.issingle or isinstance(self.name, dict | list):
			return super().load_from_db()
		row = frappe.db.get_value(
			self.doctype, self.name, "*", as_dict=True, for_update=self.flags.for_update, order_by=None
		)
		if not row:
			frappe.throw(_("{0} {1} not found").format(_(self.doctype), self.name), frappe.DoesNotExistError)
		self.flags.ignore_children = True
		BaseDocument.__init__(self, row)
		self.flags.pop("ignore_children", None)
		for df in self._get_table_fields():
			rows = []
			if not frappe.get_meta(df.options).is_virtual:
				rows = frappe.db.get_values(
					df.options,
					{"parent": self.name, "parenttype": self.doctype, "parentfield": df.fieldname},
					"*",
					as_dict=True,
					order_by="idx asc",
				)
			self.set(df.fieldname, rows)
		# as in Frappe's own load: set up again, now with the child rows
		if hasattr(self, "__setup__"):
			self.__setup__()
		return self

	def update_child_table(self, fieldname: str, df=None):
		df = df or self.meta.get_field(fieldname)
		before = self.get_doc_before_save()
		if (
			before is None
			or df.options in (self.flags.ignore_children_type or ())
			or frappe.get_meta(df.options).is_virtual
		):
			return super().update_child_table(fieldname, df)
		kept = {row.name for row in self.get(fieldname) if row.name and not row.is_new()}
		removed = [row.name for row in before.get(fieldname) if row.name not in kept]
		if removed:
			frappe.db.delete(df.options, {"name": ("in", removed)})
		for row in self.get(fieldname):
			row.db_update()


def sisipkan(doc) -> str:
	"""A new record in one INSERT, its name and timestamps as Frappe's insert gives them (2. above)."""
	doc.set_new_name()
	doc.set_user_and_timestamp()
	doc.db_insert()
	return doc.name


def sisipkan_dengan_sequence(doctype: str, values: dict):
	"""One row of an autoincrement DocType, named by the next value of its sequence (3. above)."""
	now = frappe.utils.now_datetime()
	user = frappe.session.user
	values = {**values, "owner": user, "modified_by": user, "creation": now, "modified": now}
	columns = ", ".join(f"`{column}`" for column in values)
	frappe.db.sql(
		f"insert into `tab{doctype}` (`name`, {columns}) "
		f"values (nextval(`{frappe.scrub(doctype)}_id_seq`), {', '.join(['%s'] * len(values))})",
		list(values.values()),
	)
