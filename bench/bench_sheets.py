"""Guidance sheets: a one-page service sheet and a 100-sheet batch vs. bare reportlab.

    .venv/bin/python bench/bench_sheets.py [--repeat N]

The floor draws the very same texts with bare reportlab in the same run: the
same embedded regular font (ours also embeds the bold face for headings), the
same page size, one ``drawString`` per line split by ``simpleSplit``, and the
same QR code, but no font fallback, no shaping, no bidi, no page furniture.
``tests/sheets/test_bench_sheets.py`` reads both PDFs back to check this.
Prints median and p95 of both and their ratios; ``run.py`` collects the same
rows through ``measure(sizes)``.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Result, summarise  # noqa: E402
from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from familjecenter_desktop.sheets import compose  # noqa: E402
from familjecenter_desktop.sheets.build import block_texts, build_sheet  # noqa: E402
from familjecenter_desktop.sheets.fonts import register_fonts  # noqa: E402
from familjecenter_desktop.sheets.model import (  # noqa: E402
    HoursDay,
    SheetLink,
    SheetLocation,
    SheetOptions,
    SheetPhone,
    SheetService,
)
from familjecenter_desktop.sheets.phrases import load_phrasebook  # noqa: E402

log = logging.getLogger(__name__)

ONE = "one service sheet (1 page, fi)"
BATCH = "100-sheet batch (fi)"
FLOOR = "bare reportlab, same text"
BATCH_SIZE = 100
PRINTED_ON = date(2026, 12, 4)


def sample_service(number: int = 0) -> SheetService:
    """A made-up service that fills most of one A4 page."""
    days = tuple(
        HoursDay(
            date.fromordinal(PRINTED_ON.toordinal() + d),
            ((clock(8), clock(16)),) if (PRINTED_ON.weekday() + d) % 7 < 5 else (),
        )
        for d in range(14)
    )
    return SheetService(
        name=f"Perheneuvola {number}",
        organisation="Esimerkkilän kaupunki",
        summary="Tukea perheille arjen pulmiin ja lapsen kasvuun.",
        description="Perheneuvolassa voi puhua lapsen kasvusta ja perheen arjesta. "
        * 4,
        charge_type="free",
        locations=(
            SheetLocation(
                name="Perheneuvola",
                address_lines=("Esimerkkikatu 1", "00900 Esimerkkilä"),
                phones=(SheetPhone("09 123 4567", "Ajanvaraus"),),
                hours=days,
            ),
        ),
        web_pages=(SheetLink(f"https://esimerkki.invalid/perheneuvola/{number}"),),
        source="ptv",
        last_updated=datetime(2026, 11, 1),
        verified_at=datetime(2026, 11, 1),
    )


def options() -> SheetOptions:
    return SheetOptions(lang="fi", site_name="Perhekeskus", printed_on=PRINTED_ON)


def ours(service: SheetService) -> bytes:
    return build_sheet(options(), [service]).pdf


def bare_texts(service: SheetService) -> list[str]:
    """The texts our sheet prints, for the floor to print the same."""
    book = load_phrasebook("fi")
    return block_texts(compose.service_blocks([service], options(), book))


def bare(texts: list[str], url: str) -> bytes:
    """The floor: the same texts and QR code with bare reportlab."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName="NotoSans", invariant=1)
    y = A4[1] - 50
    for text in texts:
        for line in simpleSplit(text, "NotoSans", 11, A4[0] - 100):
            if y < 60:
                canvas.showPage()
                y = A4[1] - 50
            canvas.setFont("NotoSans", 11)
            canvas.drawString(50, y, line)
            y -= 12  # tight leading: the same text fits one page, as ours
    widget = QrCodeWidget(url)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        90, 90, transform=[90 / (right - left), 0, 0, 90 / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    drawing.initialFontName = "NotoSans"
    if y - 90 < 60:  # below the text, on a new page when there is no room
        canvas.showPage()
        y = A4[1] - 50
    renderPDF.draw(drawing, canvas, 50, y - 90)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _paired(ours_fn, floor_fn, repeat: int) -> tuple[list[float], list[float]]:
    """Samples of both, taken in turns (which goes first alternates), so a
    machine busy with something else slows both sides alike."""
    ours_ms, floor_ms = [], []
    for round_ in range(repeat):
        if round_ % 2:
            floor_ms.append(_ms(floor_fn))
            ours_ms.append(_ms(ours_fn))
        else:
            ours_ms.append(_ms(ours_fn))
            floor_ms.append(_ms(floor_fn))
    return ours_ms, floor_ms


def _result(name: str, target: str, ours_ms: list[float], floor_ms: list[float]):
    median, p95 = summarise(ours_ms)
    floor_median, _ = summarise(floor_ms)
    note = (
        "" if target.startswith("<") else "no target: the ratio to the floor is shown"
    )
    return Result(
        name=name,
        unit="ms",
        median=median,
        p95=p95,
        floor_name=FLOOR,
        floor_median=floor_median,
        target=target,
        met=median < 100 if target.startswith("<") else None,
        note=note,
        samples=ours_ms,
        floor_samples=floor_ms,
    )


def measure(sizes=None, repeat: int | None = None) -> list[Result]:
    """The one-sheet and the batch rows, each beside the bare-reportlab floor."""
    if repeat is None:
        repeat = getattr(sizes, "sheet_repeats", 30)
    register_fonts()
    one = sample_service()
    one_texts = bare_texts(one)
    if build_sheet(options(), [one]).pages != 1:
        raise RuntimeError("the sample service must fit on one page")
    ours(one)  # warm the font caches for both
    bare(one_texts, one.qr_url)

    single = _result(
        ONE,
        "< 100 ms",
        *_paired(lambda: ours(one), lambda: bare(one_texts, one.qr_url), repeat),
    )
    batch_services = [sample_service(n) for n in range(BATCH_SIZE)]
    batch_texts = [(bare_texts(s), s.qr_url) for s in batch_services]
    rounds = max(1, repeat // 5)
    batch = _result(
        BATCH,
        "—",
        *_paired(
            lambda: [ours(s) for s in batch_services],
            lambda: [bare(t, u) for t, u in batch_texts],
            rounds,
        ),
    )
    return [single, batch]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    for result in measure(repeat=args.repeat):
        floor_median, floor_p95 = summarise(result.floor_samples)
        print(
            f"{result.name}: ours median {result.median:.1f} ms,"
            f" p95 {result.p95:.1f} ms;"
            f" bare reportlab median {floor_median:.1f} ms, p95 {floor_p95:.1f} ms;"
            f" ratio median {result.median / floor_median:.2f},"
            f" p95 {result.p95 / floor_p95:.2f}"
        )


if __name__ == "__main__":
    main()
