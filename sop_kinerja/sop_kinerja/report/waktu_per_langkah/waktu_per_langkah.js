// Copyright (c) 2026, Satpol PP Provinsi Kalimantan Barat and contributors
// For license information, please see license.txt

frappe.query_reports["Waktu per Langkah"] = {
	filters: [
		{
			fieldname: "sop",
			label: __("SOP"),
			fieldtype: "Link",
			options: "SOP",
			reqd: 1,
			default: "SOP Perbaikan Data Kinerja",
		},
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
			reqd: 1,
			default: frappe.datetime.add_months(frappe.datetime.get_today(), -1),
		},
		{
			fieldname: "to_date",
			label: __("To Date"),
			fieldtype: "Date",
			reqd: 1,
			default: frappe.datetime.get_today(),
		},
		{
			fieldname: "unit_kerja",
			label: __("Unit Kerja"),
			fieldtype: "Link",
			options: "Unit Kerja",
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (
			data &&
			["median", "p90"].includes(column.fieldname) &&
			data[column.fieldname] > data.waktu_baku
		) {
			value = `<span class="text-danger">${value}</span>`;
		}
		return value;
	},
};
