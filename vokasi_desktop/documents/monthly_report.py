"""Monthly report to the regional office (laporan bulanan): xlsx workbook and one-page PDF.

Plain data in, file out. The workbook has a summary sheet (key figures and native Excel charts:
enrolments per month, status funnel, segment mix) and detail sheets; the PDF carries the
letterhead, the same figures, two charts drawn in grey steps (readable on a grey-scale
printout) and a signature block.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Font, PatternFill
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vokasi_desktop.documents.common import (
    GREEN,
    GREEN_LIGHT,
    GREY_LINE,
    PortraitMeta,
    esc,
    format_date,
    render_portrait,
    styles,
    write_atomic,
)
from vokasi_desktop.documents.fonts import SANS, SANS_BOLD
from vokasi_desktop.documents.letters import signature_lines
from vokasi_desktop.documents.models import BranchProfile, Signatory
from vokasi_desktop.documents.xlsx_safe import safe_text
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.formatting import format_month_id, format_rupiah

STATUS_ID = vocabulary.ENROLLMENT_STATUSES.labels()
EMPLOYMENT_ID = vocabulary.EMPLOYMENT_STATUSES.labels()
MODE_ID = vocabulary.CLASS_MODES.labels()
# Lightness steps: distinguishable on a grey-scale printout.
GREYS = ("#1b1b1b", "#555555", "#8a8a8a", "#b5b5b5", "#dddddd")


@dataclass(frozen=True, slots=True)
class InstitutionLine:
    code: str
    name: str
    enrolled: int
    completed: int
    not_passed: int

    @property
    def rate_text(self) -> str:
        done = self.completed + self.not_passed
        return f"{100 * self.completed / done:.1f}%" if done else "-"


@dataclass(frozen=True, slots=True)
class MonthlyReportData:
    """Everything printed in the monthly report (figures of one calendar month)."""

    branch: BranchProfile
    year: int
    month: int
    issued_on: date
    seats: int | None
    seats_used: int | None
    budget: int | None
    budget_used: int | None
    national_target: int | None
    enrolments: int
    cost: int
    per_month: tuple[tuple[str, int], ...]  # year to date, ("2026-01", n)
    funnel: tuple[tuple[str, int], ...]
    segments: tuple[tuple[str, int], ...]
    employment: tuple[tuple[str, int], ...]
    modes: tuple[tuple[str, int], ...]
    institutions: tuple[InstitutionLine, ...]
    expiring: tuple[tuple[str, str, date], ...] = ()
    signatory: Signatory | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def month_label(self) -> str:
        return format_month_id(self.year, self.month)

    def summary_rows(self) -> list[tuple[str, str | int]]:
        rows: list[tuple[str, str | int]] = [
            ("Kantor cabang", f"{self.branch.code} · {self.branch.name}"),
            ("Bulan laporan", self.month_label),
            ("Pendaftaran bulan ini", self.enrolments),
            ("Biaya pelatihan bulan ini", format_rupiah(self.cost)),
        ]
        if self.seats is not None:
            rows += [
                (f"Kuota kursi {self.year} (terpakai / dialokasikan)",
                 f"{self.seats_used} / {self.seats}"),
                (f"Anggaran {self.year} (terpakai / dialokasikan)",
                 f"{format_rupiah(self.budget_used or 0)} / {format_rupiah(self.budget or 0)}"),
            ]
        else:
            rows.append((f"Kuota {self.year}", "belum ditetapkan"))
        if self.national_target:
            rows.append(("Target nasional peserta", f"{self.national_target:,}".replace(",", ".")))
        return rows


def month_short(key: str) -> str:
    year, month = key.split("-")
    return format_month_id(int(year), int(month))[:3] + " " + year[2:]


# -- workbook -------------------------------------------------------------------------------------

def render_monthly_workbook_bytes(data: MonthlyReportData) -> bytes:
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="E7F2EC")
    ws = wb.active
    ws.title = "Ringkasan"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 34
    ws["A1"] = safe_text(f"Laporan Bulanan Vokasi Indonesia Pekerja — {data.month_label}")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = safe_text(data.branch.name)
    row = 4
    for label, value in data.summary_rows():
        ws.cell(row, 1, safe_text(label))
        ws.cell(row, 2, value if isinstance(value, int) else safe_text(value))
        row += 1

    def table(sheet, top: int, left: int, title: str, header: tuple[str, str],  # type: ignore[no-untyped-def]
              rows: list[tuple[str, int]]) -> tuple[int, int]:
        sheet.cell(top, left, title).font = bold
        for col, text in enumerate(header):
            c = sheet.cell(top + 1, left + col, text)
            c.font, c.fill = bold, head_fill
        for i, (label, value) in enumerate(rows):
            sheet.cell(top + 2 + i, left, safe_text(label))
            sheet.cell(top + 2 + i, left + 1, value)
        return top + 1, top + 1 + len(rows)

    charts_row = row + 1
    # Per month (year to date), funnel, segments: tables in columns D..E, charts below.
    ws.column_dimensions["D"].width = 22
    h1, l1 = table(ws, charts_row, 4, "Pendaftaran per bulan", ("Bulan", "Pendaftaran"),
                   [(month_short(k), n) for k, n in data.per_month])
    h2, l2 = table(ws, l1 + 2, 4, "Status peserta bulan ini", ("Status", "Jumlah"),
                   [(STATUS_ID.get(k, k), n) for k, n in data.funnel])
    h3, l3 = table(ws, l2 + 2, 4, "Segmen peserta bulan ini", ("Segmen", "Jumlah"),
                   list(data.segments))

    def bar(title: str, head: int, last: int, anchor: str, horizontal: bool = False) -> None:
        chart = BarChart()
        chart.type = "bar" if horizontal else "col"
        chart.title = title
        chart.style = 2  # grey-scale palette
        chart.legend = None
        values = Reference(ws, min_col=5, min_row=head, max_row=max(last, head + 1))
        cats = Reference(ws, min_col=4, min_row=head + 1, max_row=max(last, head + 1))
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(cats)
        chart.height, chart.width = 7, 14
        ws.add_chart(chart, anchor)

    bar("Pendaftaran per bulan", h1, l1, f"G{charts_row}")
    bar("Status peserta", h2, l2, f"G{charts_row + 15}", horizontal=True)
    pie = PieChart()
    pie.title = "Segmen peserta"
    pie.style = 2
    pie.add_data(Reference(ws, min_col=5, min_row=h3, max_row=max(l3, h3 + 1)),
                 titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=4, min_row=h3 + 1, max_row=max(l3, h3 + 1)))
    pie.height, pie.width = 7, 14
    ws.add_chart(pie, f"G{charts_row + 30}")

    inst = wb.create_sheet("Lembaga")
    for col, (text, width) in enumerate((("Kode", 14), ("Lembaga", 40), ("Pendaftaran", 13),
                                         ("Lulus", 10), ("Tidak lulus", 12),
                                         ("Tingkat kelulusan", 18)), start=1):
        c = inst.cell(1, col, text)
        c.font, c.fill = bold, head_fill
        inst.column_dimensions[chr(64 + col)].width = width
    for i, line in enumerate(data.institutions, start=2):
        inst.cell(i, 1, safe_text(line.code))
        inst.cell(i, 2, safe_text(line.name))
        inst.cell(i, 3, line.enrolled)
        inst.cell(i, 4, line.completed)
        inst.cell(i, 5, line.not_passed)
        done = line.completed + line.not_passed
        rate = inst.cell(i, 6, line.completed / done if done else None)
        rate.number_format = "0.0%"

    mix = wb.create_sheet("Komposisi")
    mix.column_dimensions["A"].width = 26
    top = 1
    for title, rows in (("Segmen", list(data.segments)),
                        ("Status pekerjaan",
                         [(EMPLOYMENT_ID.get(k, k), n) for k, n in data.employment]),
                        ("Moda pelatihan", [(MODE_ID.get(k, k), n) for k, n in data.modes])):
        _h, last = table(mix, top, 1, title, (title, "Jumlah"), rows)
        top = last + 2

    lic = wb.create_sheet("Lisensi")
    for col, text in enumerate(("Kode", "Lembaga", "Lisensi berakhir"), start=1):
        c = lic.cell(1, col, text)
        c.font, c.fill = bold, head_fill
    lic.column_dimensions["B"].width = 40
    lic.column_dimensions["C"].width = 18
    for i, (code, name, expires) in enumerate(data.expiring, start=2):
        lic.cell(i, 1, safe_text(code))
        lic.cell(i, 2, safe_text(name))
        lic.cell(i, 3, expires).number_format = "DD/MM/YYYY"

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def render_monthly_workbook(data: MonthlyReportData, path: str | os.PathLike[str]) -> Path:
    return write_atomic(path, render_monthly_workbook_bytes(data))


# -- PDF ------------------------------------------------------------------------------------------

def _bar_drawing(title: str, labels: list[str], values: list[int], width: float,
                 height: float, horizontal: bool = False) -> Drawing:
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (70 if horizontal else 28), 24
    chart.width, chart.height = width - chart.x - 10, height - 46
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or ["-"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    if not horizontal:
        chart.categoryAxis.labels.angle = 0
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor(GREYS[1])
    chart.bars[0].strokeColor = colors.black
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    for i in range(len(values)):
        chart.bars[(0, i)].fillColor = colors.HexColor(GREYS[i % len(GREYS)] if horizontal
                                                       else GREYS[1])
    d.add(chart)
    d.add(String(0, height - 12, title, fontName=SANS_BOLD, fontSize=8.5))
    return d


def _story(data: MonthlyReportData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Paragraph("LAPORAN BULANAN PROGRAM VOKASI INDONESIA PEKERJA", st["title"]),
        Paragraph(esc(f"Bulan {data.month_label}"), st["subtitle"]),
        Spacer(1, 0.3 * cm),
    ]
    cell = st["cell"]
    summary = [[Paragraph(esc(k), st["cell_label"]), Paragraph(esc(str(v)), st["cell_bold"])]
               for k, v in data.summary_rows()]
    t = Table(summary, colWidths=[width * 0.5, width * 0.5])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY_LINE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    out += [t, Spacer(1, 0.25 * cm)]

    half = width / 2 - 4
    months = _bar_drawing("Pendaftaran per bulan (tahun berjalan)",
                          [month_short(k)[:3] for k, _n in data.per_month],
                          [n for _k, n in data.per_month], half, 4.2 * cm)
    funnel = _bar_drawing("Status peserta bulan ini",
                          [STATUS_ID.get(k, k) for k, _n in data.funnel],
                          [n for _k, n in data.funnel], half, 4.2 * cm, horizontal=True)
    out += [Table([[months, funnel]], colWidths=[width / 2, width / 2]), Spacer(1, 0.2 * cm)]

    def mini(title: str, rows: list[tuple[str, int]]) -> Table:
        body = [[Paragraph(esc(title), st["cell_head"]), Paragraph("Jumlah", st["cell_head"])]]
        body += [[Paragraph(esc(k), cell), Paragraph(str(n), cell)] for k, n in rows]
        tb = Table(body, colWidths=[width / 3 * 0.62, width / 3 * 0.32])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GREY_LINE),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return tb

    mixes = Table([[mini("Segmen", list(data.segments)),
                    mini("Status pekerjaan",
                         [(EMPLOYMENT_ID.get(k, k), n) for k, n in data.employment]),
                    mini("Moda", [(MODE_ID.get(k, k), n) for k, n in data.modes])]],
                  colWidths=[width / 3] * 3)
    mixes.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out += [mixes, Spacer(1, 0.25 * cm)]

    head = ["Lembaga", "Daftar", "Lulus", "Tidak lulus", "Kelulusan"]
    rows = [[Paragraph(h, st["cell_head"]) for h in head]]
    for line in data.institutions[:6]:
        rows.append([Paragraph(esc(f"{line.code} · {line.name}"), cell),
                     Paragraph(str(line.enrolled), cell), Paragraph(str(line.completed), cell),
                     Paragraph(str(line.not_passed), cell), Paragraph(line.rate_text, cell)])
    if len(rows) == 1:
        rows.append([Paragraph("Tidak ada pendaftaran bulan ini.", st["cell_note"]), "", "", "",
                     ""])
    inst = Table(rows, colWidths=[width * 0.48, width * 0.14, width * 0.11, width * 0.14,
                                  width * 0.13], repeatRows=1)
    inst.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN),
                              ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, GREEN_LIGHT]),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out += [Paragraph("Kinerja lembaga pelatihan", st["section"]), inst]
    if data.expiring:
        names = ", ".join(f"{n} ({format_date(d)})" for _c, n, d in data.expiring[:6])
        more = len(data.expiring) - 6
        if more > 0:
            names += f", dan {more} lainnya"
        out += [Spacer(1, 0.15 * cm),
                Paragraph(esc(f"Lisensi berakhir dalam 60 hari: {names}."), st["cell_note"])]

    signer = data.signatory or Signatory(data.branch.head_name, data.branch.head_title)
    sign = signature_lines(signer, [f"{data.branch.city}, {format_date(data.issued_on)}"])
    sig = Table([["", sign]], colWidths=[width * 0.5, width * 0.5])
    out += [Spacer(1, 0.2 * cm), KeepTogether(sig)]
    return out


def render_monthly_pdf_bytes(data: MonthlyReportData) -> bytes:
    return render_portrait(
        lambda width: _story(data, width),
        PortraitMeta(branch=data.branch, title=f"Laporan Bulanan {data.month_label}",
                     subject=f"Laporan bulanan {data.branch.code} {data.month_label}",
                     qr_text="", is_copy=False,
                     footer_note=f"Laporan bulanan {data.branch.code} · {data.month_label}"),
    )


def render_monthly_pdf(data: MonthlyReportData, path: str | os.PathLike[str]) -> Path:
    return write_atomic(path, render_monthly_pdf_bytes(data))
