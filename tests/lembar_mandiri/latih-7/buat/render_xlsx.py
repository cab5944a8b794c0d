# -*- coding: utf-8 -*-
"""openpyxl -> LibreOffice Calc (latih-5): lembar kerja 'Identitas' + lembar 'Bagan'; simbol sebagai karakter dalam sel pelaksana
(⬭ ▭ ◇, panah ↓ di sel kosong di antara simbol kolom yang sama), keputusan 'Ya → n'/'Tidak → n' di bawah simbol;
kepala PELAKSANA/MUTU BAKU digabung, baris nomor kolom, kepala diulang (print_title_rows), fitToWidth."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties
import tata

S = Side(style="thin", color="000000"); BOX = Border(left=S, right=S, top=S, bottom=S)
SIMBOL = {"term": "\u25A2", "rect": "\u25AD", "diamond": "\u25C7"}
MM_PER_UNIT = 1.95  # lebar kolom Excel (satuan karakter) -> mm, kira-kira

def _set(ws, r, c, v, font, pt, bold=False, al="left", va="top", fill=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=font, size=pt, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical=va, wrap_text=True)
    cell.border = BOX
    if fill: cell.fill = PatternFill("solid", fgColor=fill)
    return cell

def _kotak(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1): ws.cell(row=r, column=c).border = BOX

def buat(sop, V, path):
    W, Hh = V["kertas"]; Wt = W - 20
    pt, font = V["pt"], V["font"]
    wb = Workbook()
    cols = tata.kolom(sop, V, Wt)
    n = len(cols)
    # ---- identitas
    if sop.get("identitas"):
        wi = wb.active; wi.title = "Identitas"
        wi.column_dimensions["A"].width = Wt * 0.45 / MM_PER_UNIT
        wi.column_dimensions["B"].width = Wt * 0.55 * 0.36 / MM_PER_UNIT
        wi.column_dimensions["C"].width = Wt * 0.55 * 0.64 / MM_PER_UNIT
        rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
        for k, (l, v) in enumerate(rows, 1):
            _set(wi, k, 2, l, font, pt); _set(wi, k, 3, v, font, pt, bold=(l == "Nama SOP"), al="center" if l == "Disahkan Oleh" else "left")
            wi.row_dimensions[k].height = max(15, (tata.tinggi_teks(v, Wt * 0.55 * 0.64 - 3, pt, font) + 3) * 2.835 * 1.15)
        wi.merge_cells(start_row=1, start_column=1, end_row=len(rows), end_column=1)
        _set(wi, 1, 1, "\n".join(sop["kop"]), font, pt + 1, True, "center", "center"); _kotak(wi, 1, 1, len(rows), 1)
        I = sop["identitas"]
        lab = [("Dasar Hukum", "dasar_hukum"), ("Kualifikasi Pelaksana", "kualifikasi_pelaksana"), ("Keterkaitan", "keterkaitan"),
               ("Peralatan/Perlengkapan", "peralatan"), ("Peringatan", "peringatan"), ("Pencatatan dan Pendataan", "pencatatan")]
        r = len(rows) + 1
        for k in range(0, 6, 2):
            hmax = 0
            for j, (l, key) in enumerate(lab[k:k + 2]):
                xs = I[key]
                body = " ".join(xs) if key == "peringatan" else "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(xs))
                v = "%s :\n%s" % (l, body)
                c1, c2 = (1, 1) if j == 0 else (2, 3)
                if c2 > c1: wi.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
                _set(wi, r, c1, v, font, pt); _kotak(wi, r, c1, r, c2)
                w = Wt * 0.45 if j == 0 else Wt * 0.55
                hmax = max(hmax, sum(tata.tinggi_teks(x, w - 3, pt, font) for x in v.split("\n")) + 3)
            wi.row_dimensions[r].height = hmax * 2.835 * 1.2
            r += 1
        wi.page_setup.orientation = "landscape" if W > Hh else "portrait"; wi.page_setup.paperSize = wi.PAPERSIZE_A4
        wi.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); wi.page_setup.fitToWidth = 1; wi.page_setup.fitToHeight = 1
        ws = wb.create_sheet("Bagan")
    else:
        ws = wb.active; ws.title = "Bagan"
    for k, c in enumerate(cols, 1):
        ws.column_dimensions[ws.cell(row=1, column=k).column_letter].width = c["w"] / MM_PER_UNIT
    fill = "D9D9D9" if V.get("shade") else None
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    c = ws.cell(row=1, column=1, value=V.get("awalan_judul", "") + sop["nama_sop"]); c.font = Font(name=font, size=pt + 2, bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 24
    # kepala: baris 2 grup, baris 3 nama, baris 4 nomor kolom
    i = 0
    while i < n:
        cc = cols[i]
        if cc["grup"]:
            j = i
            while j + 1 < n and cols[j + 1]["grup"] == cc["grup"]: j += 1
            ws.merge_cells(start_row=2, start_column=i + 1, end_row=2, end_column=j + 1)
            _set(ws, 2, i + 1, cc["grup"], font, pt, True, "center", "center", fill); _kotak(ws, 2, i + 1, 2, j + 1)
            for k in range(i, j + 1): _set(ws, 3, k + 1, cols[k]["kepala"], font, pt, True, "center", "center", fill)
            i = j + 1
        else:
            ws.merge_cells(start_row=2, start_column=i + 1, end_row=3, end_column=i + 1)
            _set(ws, 2, i + 1, cc["kepala"], font, pt, True, "center", "center", fill); _kotak(ws, 2, i + 1, 3, i + 1)
            i += 1
    ws.row_dimensions[2].height = 16
    ph = max(tata.tinggi_teks(c["kepala"], c["w"] - 2.5, pt, font, True) for c in cols) + 3
    ws.row_dimensions[3].height = max(18, ph * 2.835 * 1.15)
    for k in range(n): _set(ws, 4, k + 1, k + 1, font, pt - 1, False, "center", "center")
    ws.row_dimensions[4].height = 12
    r = 5
    pos = {}
    for i in range(1, len(sop["langkah"]) + 1):
        s = sop["langkah"][i - 1]
        hmax = 0
        for k, cc in enumerate(cols, 1):
            if isinstance(cc["key"], tuple):
                v = None
                if s["pelaksana"] == sop["pelaksana"][cc["key"][1]]:
                    v = SIMBOL[tata.simbol_jenis(sop, i)]
                    kep = s["kep"]
                    if kep:
                        v += "\nYa \u2192 %d" % (kep.get("ya") or i + 1)
                        v += "\nTidak \u2192 %s" % ("Selesai" if kep.get("tidak") == "selesai" else kep.get("tidak"))
                    elif i < len(sop["langkah"]): v += "\n\u2193"
                cell = _set(ws, r, k, v, "DejaVu Sans", pt + 1, False, "center", "center")
                continue
            t = tata.isi_sel(sop, i, cc["key"])
            _set(ws, r, k, t, font, pt, False, "left" if cc["key"] == "keg" else "center", "top")
            if t: hmax = max(hmax, sum(tata.tinggi_teks(x, cc["w"] - 3, pt, font) for x in str(t).split("\n")))
        ws.row_dimensions[r].height = max(34 if s["kep"] else 26, (hmax + 3.5) * 2.835 * 1.18)
        pos[i] = r; r += 1
    ws.print_title_rows = "2:4"
    ws.page_setup.orientation = "landscape" if W > Hh else "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = ws.page_margins.bottom = 0.5
    wb.save(path)
    return dict(halaman=[list(range(1, len(sop["langkah"]) + 1))], hal_id=bool(sop.get("identitas")), ident="atas" if sop.get("identitas") else None, cols=cols, huruf={})
