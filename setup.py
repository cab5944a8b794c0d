# Older benches (pip without PEP 660 editable installs) install the app through this file.
from setuptools import find_packages, setup

from sop_kinerja import __version__ as version

setup(
	name="sop_kinerja",
	version=version,
	description="SOP Perbaikan Data Kinerja untuk Frappe/ERPNext",
	author="Satpol PP Provinsi Kalimantan Barat",
	packages=find_packages(exclude=["tests", "tests.*"]),
	zip_safe=False,
	include_package_data=True,
)
