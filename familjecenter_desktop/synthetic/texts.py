"""Made-up service texts in Finnish, Swedish and English of realistic length.

Sentences come from a seeded pool built once per generator, so a hundred
thousand descriptions cost little more than picking from lists; each text still
names its own service, place and audience.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from familjecenter_desktop.synthetic import vocabulary as v

POOL_SIZE = 1500


@dataclass(frozen=True)
class Place:
    """An invented district in a real municipality."""

    code: str
    municipality_fi: str
    municipality_genitive: str
    municipality_sv: str
    district: str
    district_genitive: str


def compound(rng: random.Random) -> str:
    """A Finnish compound word such as "vertaistukiryhmä" or "lapsiperheilta"."""
    first = rng.choice(v.COMPOUND_FIRST)
    second = rng.choice(v.COMPOUND_SECOND)
    if rng.random() < 0.3:
        return first + rng.choice(v.COMPOUND_FIRST) + second
    return first + second


def make_place(rng: random.Random) -> Place:
    code, fi, genitive, sv = rng.choice(v.MUNICIPALITIES)
    first = rng.choice(v.DISTRICT_FIRST)
    second, second_genitive = rng.choice(v.DISTRICT_SECOND)
    return Place(code, fi, genitive, sv, first + second, first + second_genitive)


class TextMaker:
    """Builds names, summaries, descriptions and keywords from a seeded pool."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = {
            "fi": [self._sentence_fi() for _ in range(POOL_SIZE)],
            "sv": [self._sentence_sv() for _ in range(POOL_SIZE)],
            "en": [self._sentence_en() for _ in range(POOL_SIZE)],
        }

    def _sentence_fi(self) -> str:
        rng = self.rng
        audience = rng.choice(v.AUDIENCES)[0]
        head = compound(rng)
        text = (
            f"{head.capitalize()} {rng.choice(v.FI_VERBS)} {audience} "
            f"{rng.choice(v.FI_OBJECTS)}. Yhteistyössä mukana on "
            f"{compound(rng)}."
        )
        if rng.random() < 0.5:
            text += " " + rng.choice(v.FI_EXTRAS)
        return text

    def _sentence_sv(self) -> str:
        rng = self.rng
        audience = rng.choice(v.AUDIENCES)[1]
        text = (
            f"Verksamheten {rng.choice(v.SV_VERBS)} {audience} och "
            f"{rng.choice(v.SV_OBJECTS)} i samarbete med familjecentret."
        )
        if rng.random() < 0.5:
            text += " " + rng.choice(v.SV_EXTRAS)
        return text

    def _sentence_en(self) -> str:
        rng = self.rng
        audience = rng.choice(v.AUDIENCES)[2]
        text = (
            f"The service {rng.choice(v.EN_VERBS)} {audience} and "
            f"{rng.choice(v.EN_OBJECTS)} together with the family centre."
        )
        if rng.random() < 0.5:
            text += " " + rng.choice(v.EN_EXTRAS)
        return text

    def paragraphs(self, lang: str, sentences: int) -> str:
        """Sentences from the pool, in paragraphs of two to four sentences."""
        picked = self.rng.sample(self.pool[lang], sentences)
        chunks = []
        while picked:
            size = self.rng.randint(2, 4)
            chunks.append(" ".join(picked[:size]))
            picked = picked[size:]
        return "\n\n".join(chunks)

    def service(self, kind: tuple, audience: tuple, place: Place) -> dict:
        """Name, summary, description, instruction and keywords in fi/sv/en."""
        _key, fi, sv, en, *_rest = kind
        rng = self.rng
        name = {
            "fi": f"{place.municipality_genitive} {place.district_genitive} {fi}",
            "sv": f"{sv.capitalize()} i {place.district}, {place.municipality_sv}",
            "en": f"{place.district} {en}, {place.municipality_fi}",
        }
        summary = {
            "fi": f"{fi.capitalize()} {rng.choice(v.FI_VERBS)} {audience[0]} "
            f"{rng.choice(v.FI_OBJECTS)} {place.district_genitive} alueella.",
            "sv": f"{sv.capitalize()} {rng.choice(v.SV_VERBS)} {audience[1]} "
            f"i {place.district}.",
            "en": f"The {en} {rng.choice(v.EN_VERBS)} {audience[2]} "
            f"in {place.district}.",
        }
        size = rng.randint(3, 9)
        description = {
            lang: f"{summary[lang]}\n\n{self.paragraphs(lang, size)}"
            for lang in ("fi", "sv", "en")
        }
        instruction = {
            "fi": rng.choice(v.FI_EXTRAS),
            "sv": rng.choice(v.SV_EXTRAS),
            "en": rng.choice(v.EN_EXTRAS),
        }
        keywords = {"fi": [compound(rng) for _ in range(rng.randint(1, 4))]}
        return {
            "name": name,
            "summary": summary,
            "description": description,
            "user_instruction": instruction,
            "keywords": keywords,
        }
