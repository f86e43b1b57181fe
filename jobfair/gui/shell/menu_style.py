"""Menus whose Korean items are not cut short.

Fusion measures a menu item's text without its mnemonic's ``&`` but, when drawing, checks the
width again in a way that comes out a few pixels wider for Hangul with a mnemonic ("(&D)"): the
widest item of a menu was then elided in the middle ("데모 박람회…오기(D)"). The style below gives
every menu item half a Hangul syllable of room to spare, which covers that difference.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QStyleOption, QWidget


class MenuFitStyle(QProxyStyle):
    """The application's style, with menu items a little wider than their measured text."""

    def sizeFromContents(
        self, ct: QStyle.ContentsType, opt: QStyleOption, size: QSize, /,
        w: QWidget | None = None,
    ) -> QSize:  # Qt override
        # the stubs want a widget, Qt takes none (a menu item sized for no menu)
        result = super().sizeFromContents(ct, opt, size, w)  # type: ignore[arg-type]
        if ct == QStyle.ContentsType.CT_MenuItem:
            result.setWidth(result.width() + opt.fontMetrics.horizontalAdvance("가") // 2 + 1)
        return result


def fit_menu(menu: QMenu, style: MenuFitStyle) -> QMenu:
    """Draw ``menu`` and its submenus with ``style`` (which must outlive them)."""
    menu.setStyle(style)
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            fit_menu(sub, style)
    return menu
