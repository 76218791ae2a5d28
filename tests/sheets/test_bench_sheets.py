"""The sheet benchmark compares like with like: its bare-reportlab floor prints
the same words, fonts and QR code as our one-page sheet."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pypdf

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "bench"))
_spec = importlib.util.spec_from_file_location(
    "bench_sheets", PROJECT / "bench" / "bench_sheets.py"
)
bench_sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_sheets)
_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


def fonts_of(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_floor_prints_the_same_words_and_qr_as_our_sheet(tmp_path):
    """Both PDFs hold the same words (ours adds only the page footer), fit one
    page, embed Noto Sans (ours also its bold face, for headings), and their QR
    codes scan to the same URL."""
    service = bench_sheets.sample_service(7)
    ours = bench_sheets.ours(service)
    floor = bench_sheets.bare(bench_sheets.bare_texts(service), service.qr_url)

    our_words = helpers.pdf_text(ours, tmp_path).split()
    floor_words = helpers.pdf_text(floor, tmp_path).split()
    footer = [
        line
        for line in helpers.pdf_text(ours, tmp_path).splitlines()
        if "Tulostettu" in line or "Sivu" in line
    ]

    assert len(pypdf.PdfReader(io.BytesIO(ours)).pages) == 1
    assert len(pypdf.PdfReader(io.BytesIO(floor)).pages) == 1
    extra = set(our_words) - set(floor_words)
    assert extra <= set(" ".join(footer).split())
    assert set(floor_words) <= set(our_words)
    assert fonts_of(floor) == {"NotoSans-Regular"}
    assert fonts_of(ours) == {"NotoSans-Regular", "NotoSans-Bold"}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert helpers.decode_qr(ours, tmp_path / "a") == [service.qr_url]
    assert helpers.decode_qr(floor, tmp_path / "b") == [service.qr_url]
