"""Whole sheets built and read back: text, embedded fonts, pages, stamps."""

from __future__ import annotations

import importlib.util
import io
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from familjecenter_desktop.sheets.build import build_sheet
from familjecenter_desktop.sheets.model import SheetLink, SheetOptions, SheetReferral
from familjecenter_desktop.sheets.phrases import available_languages, load_phrasebook

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)
PRINTED_ON = helpers.PRINTED_ON
made_up_service = helpers.made_up_service
pdf_text = helpers.pdf_text
squeeze = helpers.squeeze

LANGUAGES = available_languages()
KINDS = ("service", "card", "referral")


def options(**changes) -> SheetOptions:
    values = dict(lang="fi", site_name="Perhekeskus Esimerkki", printed_on=PRINTED_ON)
    values.update(changes)
    return SheetOptions(**values)


def build(kind: str, lang: str, **changes):
    service = changes.pop("service", made_up_service())
    chosen = options(kind=kind, lang=lang, **changes)
    if kind == "referral":
        referral = SheetReferral(
            service=service,
            referred_on=date(2026, 12, 3),
            contact_by=date(2026, 12, 10),
            contact_name="Neuvonta",
            contact_phone="09 987 6543",
            worker_name="Testi Työntekijä",
        )
        return build_sheet(chosen, referral=referral)
    return build_sheet(chosen, [service])


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font the PDF uses and whether its program is embedded."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources", {})
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_builds_in_each_language(kind, lang, tmp_path):
    """The sheet builds, embeds every font, has pages, and reads back its title."""
    book = load_phrasebook(lang)

    sheet = build(kind, lang)

    reader = pypdf.PdfReader(io.BytesIO(sheet.pdf))
    assert len(reader.pages) == sheet.pages >= 1
    fonts = embedded_fonts(sheet.pdf)
    assert fonts and all(fonts.values()), fonts
    assert not sheet.missing_glyphs
    text = squeeze(pdf_text(sheet.pdf, tmp_path))
    title = {"service": "title_service", "card": "title_card"}.get(
        kind, "title_referral"
    )
    assert squeeze(book.get(title)) in text
    assert squeeze("Perheneuvola") in text


def test_text_full_of_markup_characters_prints_exactly(tmp_path):
    """Ampersands, angle brackets and quotes print as typed, in text and note."""
    nasty = "Tule & tuo <b>paperit</b> \"heti\" & 'nyt' <script>x</script> 5 > 3"
    service = made_up_service(name=nasty, description=nasty * 3)

    sheet = build("service", "fi", service=service, note=nasty)

    text = pdf_text(sheet.pdf, tmp_path)
    assert text.count(nasty) >= 2
    assert squeeze(nasty * 3) in squeeze(text)


def test_four_hundred_character_url_prints_whole(tmp_path):
    """A 400-character web address wraps inside the column and reads back whole."""
    url = ("https://esimerkki.invalid/palvelut/" + "perheneuvola-" * 40)[:400]
    service = made_up_service(web_pages=(SheetLink(url),))

    sheet = build("service", "fi", service=service)

    assert len(url) == 400
    assert url in squeeze(pdf_text(sheet.pdf, tmp_path))


def test_description_longer_than_a_page_flows_on(tmp_path):
    """A very long description continues on the next pages, nothing lost."""
    paragraph = " ".join(f"Kappale{n} kertoo perheen arjesta." for n in range(700))
    service = made_up_service(description=paragraph)

    sheet = build("service", "fi", service=service, size="A5")

    assert sheet.pages >= 3
    text = pdf_text(sheet.pdf, tmp_path)
    body = helpers.body_text(text, "Tulostettu", "Sivu")
    assert squeeze(paragraph) in squeeze(body)
    assert f"Sivu {sheet.pages}/{sheet.pages}" in text


def test_multi_line_arabic_paragraph_reads_back_in_order(tmp_path):
    """Wrapped Arabic lines come out of the PDF in logical order, words intact."""
    sentence = "يمكن للعائلة أن تتصل بمركز الخدمة في أي يوم من أيام الأسبوع"
    paragraph = " ".join([sentence] * 8)
    service = made_up_service(description=paragraph)

    sheet = build("service", "ar", service=service)

    text = pdf_text(sheet.pdf, tmp_path)
    words = " ".join(text.split())
    assert words.count(sentence) >= 6
    assert squeeze(paragraph) in squeeze(text)


def test_footer_stamp_names_source_date_site_and_pages(tmp_path):
    """The footer holds the print date, the site, the source and page numbers;
    each record carries its last update."""
    sheet = build("service", "fi")

    text = pdf_text(sheet.pdf, tmp_path)
    assert "Tulostettu 4.12.2026" in text
    assert "Perhekeskus Esimerkki" in text
    assert "Suomi.fi (PTV)" in text
    assert "päivitetty 1.11.2026" in text
    assert f"Sivu 1/{sheet.pages}" in text


def test_stale_record_gets_a_visible_warning(tmp_path):
    """A record not checked within stale_record_days is flagged; a fresh one not."""
    old = made_up_service(
        verified_at=datetime(2024, 1, 2, 12), last_updated=datetime(2024, 1, 2, 12)
    )

    stale = pdf_text(build("service", "fi", service=old).pdf, tmp_path)
    fresh = pdf_text(build("service", "fi").pdf, tmp_path)
    strict = pdf_text(
        build("service", "fi", service=old, stale_record_days=10_000).pdf, tmp_path
    )

    assert "tarkistettu viimeksi 2.1.2024" in stale
    assert "tarkistettu viimeksi" not in fresh
    assert "tarkistettu viimeksi" not in strict


def test_other_language_content_is_marked(tmp_path):
    """Service text that exists only in Finnish is marked on an English sheet."""
    service = made_up_service(other_language="fi")

    text = pdf_text(build("service", "en", service=service).pdf, tmp_path)

    assert "available only in: Finnish" in text


def test_card_has_no_branding(tmp_path):
    """The discreet card shows a neutral title and no site name or footer."""
    sheet = build("card", "fi")

    text = pdf_text(sheet.pdf, tmp_path)
    assert "Hyödyllisiä numeroita" in text
    assert "Perhekeskus" not in text
    assert "Tulostettu" not in text
    assert "09 123 4567" in text
    metadata = pypdf.PdfReader(io.BytesIO(sheet.pdf)).metadata
    assert "Familjecenter" not in str(dict(metadata))


def test_referral_sheet_says_who_contacts_whom_by_when(tmp_path):
    """The referral sheet tells the date, who calls, the deadline and whom to call."""
    text = pdf_text(build("referral", "fi").pdf, tmp_path)

    assert "Palvelu ottaa yhteyttä sinuun." in text
    assert "10.12.2026" in text and "3.12.2026" in text
    assert "09 987 6543" in text


def test_guidance_tells_the_family_to_call_and_what_if_they_cannot(tmp_path):
    """When the family makes the contact, the sheet says so and what to do if
    they cannot reach the service (not "if no one has called you")."""
    referral = SheetReferral(
        service=made_up_service(),
        referred_on=date(2026, 12, 3),
        service_contacts_family=False,
        contact_phone="09 987 6543",
    )

    sheet = build_sheet(options(kind="referral"), referral=referral)

    text = " ".join(pdf_text(sheet.pdf, tmp_path).split())
    assert "Ota itse yhteyttä palveluun." in text
    assert "Jos et saa yhteyttä palveluun tai et saa aikaa" in text
    assert "Jos kukaan ei ole ottanut yhteyttä" not in text


def test_large_print_and_easy_finnish_use_bigger_type():
    """Large print and selkokieli need more pages for the same content."""
    service = made_up_service(description="Pitkä kuvaus perheen arjesta. " * 120)

    normal = build("service", "fi", service=service)
    large = build("service", "fi", service=service, large_print=True)
    easy = build("service", "fi-selko", service=service)

    assert large.pages > normal.pages
    assert easy.pages >= normal.pages


def test_a5_pages_are_a5():
    """The size option sets the page size in points (independent of any screen)."""
    reader = pypdf.PdfReader(io.BytesIO(build("service", "fi", size="A5").pdf))

    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)


def test_missing_input_is_named():
    """A sheet without services, or a referral sheet without a referral, is refused."""
    with pytest.raises(ValueError, match="at least one service"):
        build_sheet(options(), [])
    with pytest.raises(ValueError, match="needs the referral"):
        build_sheet(options(kind="referral"))


def test_card_on_a5_is_landscape_with_two_cards():
    """On A5 the cards are laid out on a landscape page."""
    sheet = build("card", "fi", size="A5")

    box = pypdf.PdfReader(io.BytesIO(sheet.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 420)


def test_missing_glyphs_are_reported_not_hidden():
    """A character no shipped font has is reported with the built sheet."""
    service = made_up_service(description="Tervetuloa 中")

    sheet = build("service", "fi", service=service)

    assert sheet.missing_glyphs == {"中"}
