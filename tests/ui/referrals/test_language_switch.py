"""A language switch redraws the header's count and the units' names at once."""

from __future__ import annotations

from familjecenter_desktop.referrals import actors
from familjecenter_desktop.ui.i18n import Translations


def switch(setting, qtbot, lang: str) -> None:
    Translations().install(lang)
    setting.view.set_ui_language(lang)
    qtbot.wait(50)
    setting.settle(qtbot)


def test_attention_count_follows_the_language(setting, qtbot):
    """ "0 vaatii huomiota" becomes "0 behöver uppmärksamhet"."""
    switch(setting, qtbot, "fi")
    setting.view.set_actor(setting.nurse)
    setting.settle(qtbot)
    finnish = setting.view.attention.text()

    switch(setting, qtbot, "sv")
    swedish = setting.view.attention.text()
    Translations().install("en")

    assert (finnish, swedish) == ("0 vaatii huomiota", "0 behöver uppmärksamhet")


def test_units_table_follows_the_language(setting, qtbot, workspace):
    """The Units page names units in the new language without a restart."""
    names = {"fi": "Neuvola Keskusta", "sv": "Rådgivningen Centrum"}
    actors.add_unit(workspace, setting.admin, names)
    switch(setting, qtbot, "fi")
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)

    switch(setting, qtbot, "sv")
    table = setting.view.admin.units.table
    shown = {table.item(row, 0).text() for row in range(table.rowCount())}
    Translations().install("en")

    assert "Rådgivningen Centrum" in shown and "Neuvola Keskusta" not in shown
