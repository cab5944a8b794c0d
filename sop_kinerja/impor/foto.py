"""A phone photo of a sheet, made into a scan: the paper found, its perspective flattened and its light
evened out, at the resolution the photo shows it at (the scan reader works at its own and reads the
text cells from the finer page).

- The paper is the largest four-cornered bright region of the photo (a sheet on a desk, a wall, a
  cloth). Its corners are mapped onto an upright page of the same proportions, A4 when the photo's
  proportions are close to it.
- Uneven light (a shadow across the sheet, a lamp at one side) is divided out: the page is divided by
  its own background, which a wide closing of the image estimates without the ink.
- The page is then squared by its table's outer frame, which is a rectangle on paper: what the
  paper's rough corners left of the perspective goes.
- A photo is read smaller first (JPEG decodes at a fraction of its size), so a 50-megapixel photo
  never lies whole in memory.
An image the size of an A4 page at a scanner's resolution (a scan, its tones even or not: a fold's
shade is no desk) comes back as it was; a photo whose paper runs off the frame, evened out and squared
by its table. No Frappe in here.
"""

DPI = 200  # the scan reader's resolution (pindaian.DPI)
DPI_MAKS = 300  # a photo's paper seen finer is flattened at up to this: its text cells are read finer
A4 = 297 / 210
SISI_PANJANG = round(297 / 25.4 * DPI)  # the long side of an A4 page at DPI, in pixels
# a photo is decoded at the largest fraction (1/2, 1/4, 1/8) of its size whose sides are both this long
# or more: a 12-megapixel photo whole, a 50-megapixel one at half its size
SISI_BACA = 2400


def buka(gambar):
	"""A photo as it will be read: upright (its EXIF orientation applied) and decoded at a reduced size."""
	from PIL import ImageOps

	if gambar.format == "JPEG":
		gambar.draft("RGB", (SISI_BACA, SISI_BACA))  # DCT scaling: decodes at 1/2, 1/4 or 1/8 of its size
	return ImageOps.exif_transpose(gambar)


def ratakan(gambar):
	"""(page image, its resolution) for a photo: the paper cut out, flattened and evenly lit, at the
	resolution the photo shows it at, between DPI and DPI_MAKS. When no paper stands out (a scan, or
	no sheet at all), the image as it was and None."""
	import cv2
	import numpy as np
	from PIL import Image

	if dpi_a4(gambar.height, gambar.width):
		return gambar, None  # an A4 page at a scanner's resolution: a scan, its tones uneven or not
	rgb = np.array(gambar.convert("RGB"))
	sudut = _sudut_kertas(rgb)
	if sudut is None:
		return gambar, None
	atas_kiri, atas_kanan, bawah_kanan, bawah_kiri = sudut
	lebar = max(np.linalg.norm(atas_kanan - atas_kiri), np.linalg.norm(bawah_kanan - bawah_kiri))
	tinggi = max(np.linalg.norm(bawah_kiri - atas_kiri), np.linalg.norm(bawah_kanan - atas_kanan))
	rasio = max(lebar, tinggi) / max(min(lebar, tinggi), 1)
	if abs(rasio - A4) < 0.12:
		rasio = A4  # a sheet seen at a slant: its true proportions are A4's
	dpi = min(max(max(lebar, tinggi) / (297 / 25.4), DPI), DPI_MAKS)
	panjang = round(297 / 25.4 * dpi)
	pendek = round(panjang / rasio)
	w, h = (panjang, pendek) if lebar >= tinggi else (pendek, panjang)
	tujuan = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
	m = cv2.getPerspectiveTransform(sudut.astype(np.float32), tujuan)
	halaman = cv2.warpPerspective(rgb, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=(255, 255, 255))
	f = dpi / DPI  # the kernels below are sized for DPI
	abu = _ratakan_cahaya(cv2.cvtColor(halaman, cv2.COLOR_RGB2GRAY), f)
	return Image.fromarray(_tegakkan_tabel(abu, f)), dpi


def ratakan_bingkai(gambar):
	"""A photo in which no whole sheet stands out (its paper runs off the frame, or fills it): the whole
	frame, its light evened out and squared by the table's outer frame, in grey."""
	import cv2
	import numpy as np
	from PIL import Image

	abu = cv2.cvtColor(np.array(gambar.convert("RGB")), cv2.COLOR_RGB2GRAY)
	return Image.fromarray(_tegakkan_tabel(_ratakan_cahaya(abu)))


def dpi_a4(tinggi: int, lebar: int) -> float | None:
	"""A scan that does not say its resolution: the one a common scanner setting gives an A4 page of
	this size (150, 200, 300 dpi ...), or None for another size."""
	for dpi in (100, 150, 200, 240, 300, 400, 600):
		if (
			abs(max(tinggi, lebar) / (297 / 25.4) / dpi - 1) < 0.04
			and abs(min(tinggi, lebar) / (210 / 25.4) / dpi - 1) < 0.04
		):
			return dpi
	return None


def _sudut_kertas(rgb):
	"""The paper's four corners (top left, top right, bottom right, bottom left) in the photo, or None
	when the bright region with four corners fills the frame or covers too little of it."""
	import cv2
	import numpy as np

	tinggi, lebar = rgb.shape[:2]
	f = 1000 / max(tinggi, lebar)
	kecil = cv2.resize(rgb, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
	# paper is bright and has little colour; a desk, a cloth or a wall rarely both (under a warm lamp the
	# paper turns yellow, yet less so than a brown desk: the colour's own split between the two)
	hsv = cv2.cvtColor(kecil, cv2.COLOR_RGB2HSV)
	terang = cv2.GaussianBlur(hsv[:, :, 2], (7, 7), 0)
	_ambang, putih = cv2.threshold(terang, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
	warna = cv2.GaussianBlur(hsv[:, :, 1], (7, 7), 0)
	putih[hsv[:, :, 1] > max(90, cv2.threshold(warna, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[0])] = 0
	putih = cv2.morphologyEx(putih, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
	kontur, _ = cv2.findContours(putih, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
	if not kontur:
		return None
	terbesar = max(kontur, key=cv2.contourArea)
	luas = cv2.contourArea(terbesar) / (kecil.shape[0] * kecil.shape[1])
	if not 0.15 < luas < 0.97:
		return None
	keliling = cv2.arcLength(terbesar, True)
	for e in (0.02, 0.03, 0.04, 0.06):
		sudut = cv2.approxPolyDP(cv2.convexHull(terbesar), e * keliling, True)
		if len(sudut) == 4:
			break
	else:
		return None
	titik = sudut.reshape(4, 2).astype(np.float64) / f
	jumlah, selisih = titik.sum(axis=1), np.diff(titik, axis=1).ravel()
	return np.array(
		[
			titik[np.argmin(jumlah)],
			titik[np.argmin(selisih)],
			titik[np.argmax(jumlah)],
			titik[np.argmax(selisih)],
		]
	)


def _ratakan_cahaya(abu, f: float = 1.0):
	"""The page divided by its own background: a shadow or a lamp's fall-off no longer reads as ink."""
	import cv2
	import numpy as np

	k = _ganjil(41 * f)
	latar = cv2.morphologyEx(abu, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
	latar = cv2.GaussianBlur(latar, (0, 0), 15 * f)
	rata = cv2.divide(abu, latar, scale=255)
	return np.clip(rata, 0, 255).astype(np.uint8)


def _ganjil(n: float) -> int:
	return int(n) // 2 * 2 + 1


def _tegakkan_tabel(abu, f: float = 1.0):
	"""The page made square again by its table's outer border: when the paper's corners were found
	only roughly (a pale desk, a curled corner), the page still leans in perspective, and the largest
	ruled frame on it, a rectangle on paper, is four-cornered but no rectangle. The page is mapped so
	that the frame becomes one, the page's plane with it."""
	import cv2
	import numpy as np

	tinggi, lebar = abu.shape
	hitam = cv2.adaptiveThreshold(
		abu, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _ganjil(41 * f), 15
	)
	kontur, _ = cv2.findContours(hitam, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
	if not kontur:
		return abu
	bingkai = max(kontur, key=cv2.contourArea)
	if cv2.contourArea(bingkai) < 0.15 * tinggi * lebar:
		return abu  # no ruled frame that large
	sudut = cv2.approxPolyDP(cv2.convexHull(bingkai), 0.02 * cv2.arcLength(bingkai, True), True)
	if len(sudut) != 4:
		return abu
	titik = sudut.reshape(4, 2).astype(np.float32)
	jumlah, selisih = titik.sum(axis=1), np.diff(titik, axis=1).ravel()
	kiri_atas, kanan_atas = titik[np.argmin(jumlah)], titik[np.argmin(selisih)]
	kanan_bawah, kiri_bawah = titik[np.argmax(jumlah)], titik[np.argmax(selisih)]
	w = max(np.linalg.norm(kanan_atas - kiri_atas), np.linalg.norm(kanan_bawah - kiri_bawah))
	h = max(np.linalg.norm(kiri_bawah - kiri_atas), np.linalg.norm(kanan_bawah - kanan_atas))
	x0, y0 = float(min(kiri_atas[0], kiri_bawah[0])), float(min(kiri_atas[1], kanan_atas[1]))
	tujuan = np.array([[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]], dtype=np.float32)
	asal = np.array([kiri_atas, kanan_atas, kanan_bawah, kiri_bawah], dtype=np.float32)
	if np.abs(asal - tujuan).max() < 6 * f:
		return abu  # square already
	m = cv2.getPerspectiveTransform(asal, tujuan)
	ukuran = (max(lebar, int(x0 + w) + 20), max(tinggi, int(y0 + h) + 20))
	return cv2.warpPerspective(abu, m, ukuran, flags=cv2.INTER_CUBIC, borderValue=255)
