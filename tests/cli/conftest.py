"""Command-line tests run ``jobfair.app.main`` inside the test process.

``main`` makes a bare QCoreApplication when no application exists, and Qt allows one per
process: the window tests that follow would then find no QApplication. Making pytest-qt's
QApplication first lets ``main`` use it instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _full_application(qapp: QApplication) -> QApplication:
    return qapp
