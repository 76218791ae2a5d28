"""Folding, tokens and stems of search text."""

from familjecenter_desktop.catalogue import searchtext


def test_fold_removes_case_and_accents():
    """Nordic and other accented letters fold to their base letters."""
    folded = searchtext.fold("Hälsovård ÅBO Straße Øre")

    assert folded == "halsovard abo strasse ore"


def test_exact_keeps_accents():
    """The exact form is lower-cased but keeps ä, ö and å."""
    assert searchtext.lower_exact("Hälsovård") == "hälsovård"


def test_tokens_split_on_punctuation():
    """Quotes, hyphens and operators split words; operators become plain words."""
    words = searchtext.tokens('"Lasten-neuvola" AND (päivä*hoito)')

    assert words == ["lasten", "neuvola", "and", "paiva", "hoito"]


def test_query_tokens_are_capped_and_unique():
    """Typed text is cut to a few distinct words, however long it is."""
    words = searchtext.query_tokens(
        "neuvola " * 5000 + " ".join(f"w{i}" for i in range(20))
    )

    assert words == ["neuvola"]
    assert len(searchtext.query_tokens(" ".join(f"w{i}" for i in range(20)))) == 8


def test_stems_of_finnish_word_forms():
    """A Finnish inflected form has a shorter stem that the base form contains."""
    stems = searchtext.stems(["neuvolassa"], "fi")

    assert stems and "neuvola".startswith(stems[0])


def test_stems_of_unknown_language_are_empty():
    """Languages without a stemmer give no stems."""
    assert searchtext.stems(["neuvola"], "ar") == []
