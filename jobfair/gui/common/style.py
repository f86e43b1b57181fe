"""Looks live in the shipped style sheet (``resources/style/jobfair.qss``): the code says what a
widget is (its object name) and what state it is in (a dynamic property the sheet selects on),
never its colours or sizes. One exception: colours that are data (the floor's shades) are set
on the widget's palette where they are drawn.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

TONE = "tone"
TONE_ERROR = "error"  # red: something failed or is wrong; what was saved stays
TONE_OK = "ok"  # green: done
TONE_NONE = ""


def set_state(widget: QWidget, name: str, value: str) -> None:
    """Set the property ``name`` the style sheet selects on (``#deskBanner[state="ok"]``) and
    apply the sheet again: Qt does not restyle a widget when only a property changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """A message's tone: ``TONE_ERROR``, ``TONE_OK`` or ``TONE_NONE`` (the usual text)."""
    set_state(widget, TONE, tone)
