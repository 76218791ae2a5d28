"""The detail pane's content: one ``ServiceDetail`` written out as simple HTML.

Everything is escaped; links are ``http(s):``, ``tel:`` and ``mailto:`` only.
A text that exists only in another language than the reader's is marked.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.catalogue.choices import LANGUAGE_CONTEXT, LANGUAGE_NAMES
from familjecenter_desktop.catalogue.shown import (
    LinkDetail,
    LocationDetail,
    PhoneDetail,
    ServiceDetail,
    ShownText,
)
from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.ui.search import hours_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
SAFE_SCHEMES = ("http://", "https://")


def language_name(code: str | None) -> str:
    """The name of a language in the UI language, or its code."""
    if not code:
        return ""
    if code in LANGUAGE_NAMES:
        return translate(LANGUAGE_CONTEXT, LANGUAGE_NAMES[code])
    return code


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def paragraphs(text: str) -> str:
    """Plain text with blank-line paragraphs and line breaks, escaped."""
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    return "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def other_language_note(text: ShownText, lang: str) -> str:
    """ " (only in Finnish)" when the text is not in the reader's language."""
    if not text.is_other_language(lang):
        return ""
    notes = {
        "fi": translate("DetailPane", "only in Finnish"),
        "sv": translate("DetailPane", "only in Swedish"),
        "en": translate("DetailPane", "only in English"),
    }
    note = notes.get(text.language or "", "")
    if not note:
        note = translate("DetailPane", "in %1").replace(
            "%1", language_name(text.language)
        )
    return f' <span style="color:#666">({esc(note)})</span>'


def finnish_date(moment: datetime | None) -> str:
    """d.m.yyyy on a Finnish wall clock."""
    if moment is None:
        return ""
    return hours_text.finnish_date(to_helsinki(moment).date())


def age_text(months: int) -> str:
    if months % 12 == 0:
        return translate("DetailPane", "%n year(s)", None, months // 12)
    return translate("DetailPane", "%n month(s)", None, months)


def ages(minimum: int | None, maximum: int | None) -> str:
    """An age range such as "0–6 years" or "from 3 years"."""
    if minimum is None and maximum is None:
        return ""
    if minimum is None or minimum == 0 and maximum is not None:
        return translate("DetailPane", "up to %1").replace("%1", age_text(maximum or 0))
    if maximum is None:
        return translate("DetailPane", "from %1").replace("%1", age_text(minimum))
    return f"{age_text(minimum)} – {age_text(maximum)}"


def link(url: str, name: str = "") -> str:
    """A link when the address is a web address; plain text otherwise."""
    shown = esc(name or url)
    if url.lower().startswith(SAFE_SCHEMES):
        return f'<a href="{esc(url)}">{shown}</a>'
    return shown


def phone_html(phone: PhoneDetail, lang: str) -> str:
    digits = "".join(c for c in phone.number if c.isdigit() or c == "+")
    parts = [f'<a href="tel:{esc(digits)}">{esc(phone.number)}</a>']
    if phone.label:
        parts.append(esc(phone.label.text))
    cost = charge_text(phone.charge_type)
    if phone.charge_info:
        cost = phone.charge_info.text
    if cost:
        parts.append(f'<span style="color:#666">{esc(cost)}</span>')
    return " – ".join(parts) + hours_note(phone.hours, lang)


def hours_note(hours: list, lang: str, now: datetime | None = None) -> str:
    """A phone line's or e-service's service hours, on a line of their own."""
    if not hours:
        return ""
    moment = now or datetime.now(UTC)
    lines = hours_text.weekly_lines(hours, to_helsinki(moment).date(), lang)
    if not lines:
        return ""
    return f'<br><span style="color:#444">{esc("; ".join(lines))}</span>'


def charge_text(charge_type: str | None) -> str:
    if charge_type == "free":
        return translate("DetailPane", "free of charge")
    if charge_type == "charged":
        return translate("DetailPane", "subject to a charge")
    return ""


def section(title: str, body: str) -> str:
    if not body:
        return ""
    return f"<h3>{esc(title)}</h3>{body}"


def items(values: list[str]) -> str:
    values = [v for v in values if v]
    if not values:
        return ""
    return "<ul>" + "".join(f"<li>{v}</li>" for v in values) + "</ul>"


def location_html(location: LocationDetail, lang: str, now: datetime) -> str:
    """One place: name, address, opening hours, exceptions, entrance, phones."""
    parts = [f"<p><b>{esc(location.name.text)}</b>"]
    for address in location.addresses:
        if address.kind == "visiting" or len(location.addresses) == 1:
            for line in address.lines():
                parts.append(f"<br>{esc(line)}")
            if address.entrance_accessibility:
                parts.append(f"<br><i>{esc(address.entrance_accessibility.text)}</i>")
            break
    parts.append("</p>")

    status = hours_text.status_now(location.hours, now)
    if status:
        parts.append(f"<p><b>{esc(status[:1].upper() + status[1:])}</b></p>")
    today = to_helsinki(now).date()
    lines = hours_text.weekly_lines(location.hours, today, lang)
    if lines:
        parts.append("<p>" + "<br>".join(esc(line) for line in lines) + "</p>")
    changes = hours_text.exception_lines(location.hours, today, lang)
    if changes:
        title = translate("DetailPane", "Exceptions coming up:")
        rows = "<br>".join(esc(line) for line in changes)
        parts.append(f"<p>{esc(title)}<br>{rows}</p>")
    if location.accessibility:
        parts.append(paragraphs(location.accessibility.text))
    contacts = [phone_html(p, lang) for p in location.phones]
    contacts += [f'<a href="mailto:{esc(e)}">{esc(e)}</a>' for e in location.emails]
    if contacts:
        parts.append("<p>" + "<br>".join(contacts) + "</p>")
    return "".join(parts)


def links_html(links: list[LinkDetail], lang: str = "fi") -> list[str]:
    return [link(i.url, i.name.text) + hours_note(i.hours, lang) for i in links]


def service_html(detail: ServiceDetail, now: datetime) -> str:
    """The whole detail pane for one service."""
    lang = detail.lang
    out = [f"<h2>{esc(detail.name.text)}{other_language_note(detail.name, lang)}</h2>"]
    if detail.alternative_name:
        out.append(f"<p><i>{esc(detail.alternative_name.text)}</i></p>")
    if detail.organisation:
        who = translate("DetailPane", "Organised by %1").replace(
            "%1", detail.organisation.text
        )
        out.append(f"<p>{esc(who)}</p>")
    if detail.summary:
        out.append(paragraphs(detail.summary.text))
    if detail.description and detail.description.text != detail.summary.text:
        note = ""
        if detail.description.language != detail.name.language:
            note = other_language_note(detail.description, lang)
        out.append(paragraphs(detail.description.text) + note)

    for_whom = []
    for_whom += [esc(g) for g in detail.target_groups]
    age = ages(detail.min_age_months, detail.max_age_months)
    if age:
        for_whom.append(esc(translate("DetailPane", "Age: %1").replace("%1", age)))
    if detail.languages:
        names = ", ".join(language_name(c) for c in detail.languages)
        for_whom.append(
            esc(translate("DetailPane", "Languages: %1").replace("%1", names))
        )
    out.append(section(translate("DetailPane", "For whom"), items(for_whom)))

    cost = charge_text(detail.charge_type)
    cost_parts = [esc(cost)] if cost else []
    if detail.charge_info:
        cost_parts.append(paragraphs(detail.charge_info.text))
    out.append(section(translate("DetailPane", "Cost"), "".join(cost_parts)))
    if detail.eligibility:
        out.append(
            section(
                translate("DetailPane", "Who can use it"),
                paragraphs(detail.eligibility.text),
            )
        )
    if detail.user_instruction:
        body = paragraphs(detail.user_instruction.text)
        out.append(section(translate("DetailPane", "How to use the service"), body))

    places = "".join(location_html(p, lang, now) for p in detail.locations)
    out.append(section(translate("DetailPane", "Where and when"), places))

    contacts = [phone_html(p, lang) for p in detail.phones]
    contacts += [f'<a href="mailto:{esc(e)}">{esc(e)}</a>' for e in detail.emails]
    contacts += links_html(detail.web_pages, lang)
    out.append(section(translate("DetailPane", "Contact"), items(contacts)))
    out.append(
        section(
            translate("DetailPane", "E-services"),
            items(links_html(detail.e_services, lang)),
        )
    )
    out.append(
        section(translate("DetailPane", "Forms"), items(links_html(detail.forms, lang)))
    )

    bundle = [esc(c) for c in detail.categories]
    bundle += [esc(task) for task in detail.tasks]
    out.append(section(translate("DetailPane", "In the service bundle"), items(bundle)))
    classes = [esc(c) for c in detail.service_classes + detail.life_events]
    out.append(
        section(
            translate("DetailPane", "Service classes and life events"), items(classes)
        )
    )

    out.append(f'<p style="color:#666">{esc(source_note(detail))}</p>')
    return "".join(out)


def source_note(detail: ServiceDetail) -> str:
    """When the data was last updated and where it came from."""
    parts = []
    updated = finnish_date(detail.last_updated)
    if updated:
        parts.append(
            translate("DetailPane", "Data last updated %1.").replace("%1", updated)
        )
    sources = {
        "ptv": translate("DetailPane", "the national Suomi.fi service catalogue (PTV)"),
        "ptv-general-description": translate(
            "DetailPane", "a national service description (Suomi.fi, PTV)"
        ),
        "demo": translate("DetailPane", "the demo catalogue"),
    }
    source = sources.get(detail.source_system.lower(), detail.source_system)
    if detail.source_system == "manual":
        source = translate("DetailPane", "entered by hand")
    note = translate("DetailPane", "Source: %1").replace("%1", source)
    if detail.source_id:
        note += f" ({detail.source_id})"
    parts.append(note + ".")
    if detail.imported_at:
        parts.append(
            translate("DetailPane", "Imported %1.").replace(
                "%1", finnish_date(detail.imported_at)
            )
        )
    if detail.verified_at:
        parts.append(
            translate("DetailPane", "Checked %1.").replace(
                "%1", finnish_date(detail.verified_at)
            )
        )
    return " ".join(parts)
