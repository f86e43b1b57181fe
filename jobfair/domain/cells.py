"""What a spreadsheet must never take as a formula: the one rule for every CSV and workbook cell.

A text that begins with ``=``, ``+``, ``-`` or ``@`` is read as a formula by Excel, LibreOffice
and Google Sheets (``=HYPERLINK(...)`` leaks data, ``+cmd|' /C calc'!A0`` runs a program on
older Excel); a leading tab or carriage return hides such a start from a naive check. A seeker
or an employer types their own name, so every text cell written to a spreadsheet passes here:
a risky text gets a single quote in front (the OWASP advice), which every spreadsheet shows as
text. Numbers, dates and empty cells are not text and are left as they are.
"""

from __future__ import annotations

from typing import Any

FORMULA_LEADS = frozenset("=+-@\t\r")
NEUTRAL_PREFIX = "'"


def neutralised(value: Any) -> Any:
    """``value`` made safe to put in a spreadsheet cell: a text that a spreadsheet would read as
    a formula, prefixed with ``'``; anything else unchanged."""
    if isinstance(value, str) and value[:1] in FORMULA_LEADS:
        return NEUTRAL_PREFIX + value
    return value
