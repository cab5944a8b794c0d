"""Saving a document with tables without gap locks on its child tables.

Frappe's save reads the document again FOR UPDATE (`Document.load_doc_before_save`), child tables
included, and clears removed child rows with a DELETE over the child table's `parent` index. Both take
next-key locks there. A document with no rows in a table yet locks the gap at the end of that index,
which every new document shares: two saves that then add their first rows both wait for the other's
gap lock, and InnoDB ends the deadlock by failing one (NOTES, Concurrency). Measured with this app's
load test: most first saves of the corrections, on stock Frappe and before this mixin alike.

`KunciInduk` (the parent's lock) changes two things for a DocType of this app, nothing else:
- the document's own row is still read FOR UPDATE: every save of the document waits there, so its
  child rows need no lock of their own and are read plainly;
- removed child rows are deleted by name, from the rows the document had before the save.

A plain read may come from the transaction's snapshot, older than the locked row if another save
committed in between. The copy then carries the locked row's `modified`, so Frappe's own check
(`check_if_latest`) refuses the save as it refuses any edit of a changed document.
"""

import frappe
from frappe.model.document import Document


class KunciInduk(Document):
	def load_from_db(self):
		if not self.flags.for_update or self.meta.issingle:
			return super().load_from_db()
		# read for an update (REST's PUT): the row locked, the rest read plainly
		frappe.db.get_value(self.doctype, self.name, "name", for_update=True)
		self.flags.for_update = False
		try:
			super().load_from_db()
		finally:
			self.flags.for_update = True

	def load_doc_before_save(self, *, raise_exception: bool = False):
		modified = None if self.is_new() else _locked_modified(self)
		if modified is None:  # new, or gone: as Frappe does it
			return super().load_doc_before_save(raise_exception=raise_exception)
		before = frappe.get_doc(self.doctype, self.name)
		before.modified = modified
		self._doc_before_save = before

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


def _locked_modified(doc):
	return frappe.db.get_value(doc.doctype, doc.name, "modified", for_update=True)
