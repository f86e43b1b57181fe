"""Is any text on screen cut? A checker for labels, buttons, group box titles, tabs and menus.

``cut_texts(root)`` walks the visible widgets under ``root`` and reports every text that does not
fit the room its widget has: a label wider (or, wrapped, taller) than the label, a button's text
wider than its contents, a group box title past the box, a tab or a column title whose text is
elided. Menus are checked by drawing: ``cut_menu_items(menu)`` draws the menu at its own width
and again with room to spare, and reports an item whose text does not come out the same (elided,
or run into its shortcut). Each finding names the widget and the text, so a failure says what to
fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # GuiQt.mightBeRichText lives with QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

# A pixel of rounding between the font's advance and the widget's integer geometry is not a cut.
SLACK = 1


@dataclass(frozen=True)
class Cut:
    """A text that does not fit: where, what, the room it needs and the room it has."""

    where: str
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.need} px, has {self.have}"


def describe(widget: QWidget) -> str:
    """``Class#name`` of the widget and of its named ancestors, outermost first."""
    parts: list[str] = []
    w: QWidget | None = widget
    while w is not None:
        name = w.objectName()
        if name or w is widget:
            parts.append(f"{type(w).__name__}#{name}" if name else type(w).__name__)
        w = w.parentWidget()
    return " > ".join(reversed(parts))


def plain(text: str) -> str:
    """A label's text as shown: rich text reduced to its characters."""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def shown(text: str) -> str:
    """A button's or menu's text without its mnemonic marks ("&File" shows "File")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and its descendants that are on screen (visible, with some size)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.window() is root.window():
            yield widget


# -- one check per kind of widget -----------------------------------------------------------

def label_cut(label: QLabel) -> Cut | None:
    text = label.text()
    pixmap = label.pixmap()
    if not text or (pixmap is not None and not pixmap.isNull()):
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    indent = max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    metrics = label.fontMetrics()
    where = describe(label)
    if label.wordWrap():
        height = label.heightForWidth(label.width())
        if height > label.height() + SLACK:
            return Cut(where + " (wrapped, height)", plain(text), height, label.height())
        least = label.minimumSizeHint().width()  # the widest word that cannot break
        if least > label.width() + SLACK:
            return Cut(where + " (wrapped, a word)", plain(text), least, label.width())
        return None
    if rich:
        need_w = label.minimumSizeHint().width() - (label.width() - room.width())
        lines = plain(text).splitlines() or [""]
    else:
        shown_text = shown(text) if label.buddy() is not None else text
        lines = shown_text.splitlines() or [""]
        need_w = max(metrics.horizontalAdvance(line) for line in lines) + indent
    if need_w > room.width() + SLACK:
        return Cut(where, plain(text), need_w, room.width())
    need_h = metrics.height() + (len(lines) - 1) * metrics.lineSpacing()
    if need_h > room.height() + SLACK:
        return Cut(where + " (height)", plain(text), need_h, room.height())
    return None


def button_cut(button: QAbstractButton) -> Cut | None:
    """The text (and icon, and a push button's menu arrow) against the style's contents rect."""
    text = shown(button.text())
    if not text or not isinstance(button, QPushButton | QRadioButton | QCheckBox):
        return None  # a tool button (the window's toolbar) sizes itself to its text
    style = button.style()
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    if isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    else:
        return None
    room = style.subElementRect(element, option, button)
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    have = min(room.width(), button.width() - max(room.left(), 0))
    if need > have + SLACK:
        return Cut(describe(button), text, need, have)
    return None


def group_title_cut(box: QGroupBox) -> Cut | None:
    title = shown(box.title())
    if not title:
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)  # type: ignore[attr-defined]
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    need = rect.left() + QFontMetrics(box.font()).horizontalAdvance(title)
    if need > box.width() + SLACK:
        return Cut(describe(box) + " (title)", title, need, box.width())
    return None


LINE_EDIT_MARGIN = 2  # Qt's own horizontal margin inside a line edit's contents, each side


def placeholder_cut(edit: QLineEdit) -> Cut | None:
    """An empty field's hint ("Scan a badge, then Enter") wider than the field shows."""
    hint = edit.placeholderText()
    if edit.text() or not hint:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)  # type: ignore[attr-defined]
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    have = contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    need = QFontMetrics(edit.font()).horizontalAdvance(hint)
    if need > have + SLACK:
        return Cut(describe(edit) + " (hint)", hint, need, have)
    return None


def tab_cuts(bar: QTabBar) -> list[Cut]:
    """A tab narrower than its text needs (elided), or outside the bar (behind the arrows)."""
    cuts = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        text = shown(bar.tabText(i))
        if rect.width() + SLACK < hint.width():
            cuts.append(Cut(describe(bar) + f" (tab {i})", text, hint.width(), rect.width()))
        elif rect.right() > bar.width() + SLACK or rect.left() < -SLACK:
            cuts.append(Cut(describe(bar) + f" (tab {i}, off the bar)", text, rect.right(),
                            bar.width()))
    return cuts


def header_cuts(header: QHeaderView) -> list[Cut]:
    """A column (or row) title wider than its section: Qt elides it."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    model = header.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    cuts = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        need += 2 * margin
        if need > header.sectionSize(section) + SLACK:
            cuts.append(Cut(describe(header) + f" (column {section})", text, need,
                            header.sectionSize(section)))
    return cuts


def settle_layouts() -> None:
    """Let every pending layout request run: a changed text re-lays its widget out only when
    the request posted by the change is handled, and a layout inside a widget posts another."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def cut_texts(root: QWidget) -> list[Cut]:
    """Every visible text under ``root`` that does not fit its widget."""
    settle_layouts()
    cuts: list[Cut] = []
    for widget in visible_widgets(root):
        found: Cut | None = None
        if isinstance(widget, QLabel):
            found = label_cut(widget)
        elif isinstance(widget, QAbstractButton):
            found = button_cut(widget)
        elif isinstance(widget, QGroupBox):
            found = group_title_cut(widget)
        elif isinstance(widget, QLineEdit):
            found = placeholder_cut(widget)
        elif isinstance(widget, QTabBar):
            cuts.extend(tab_cuts(widget))
        elif isinstance(widget, QHeaderView):
            cuts.extend(header_cuts(widget))
        if found is not None:
            cuts.append(found)
    return cuts


# -- menus -----------------------------------------------------------------------------------

WIDE = 240  # the extra room a menu gets for the reference drawing


def _draw(menu: QMenu) -> QImage:
    menu.resize(menu.sizeHint())
    return menu.grab().toImage()


def _ink_end(image: QImage, rect: QRect, background: int) -> int:
    """The rightmost column of ``rect`` that holds any ink before a wide gap (the label's
    end: a shortcut is drawn far to the right in the wide drawing)."""
    last, gap = rect.left(), 0
    for x in range(rect.left(), min(rect.right() + 1, image.width())):
        inked = any(image.pixel(x, y) != background
                    for y in range(rect.top() + 2, rect.bottom() - 1))
        if inked:
            last, gap = x, 0
        else:
            gap += 1
            if gap > WIDE // 2:
                break
    return last


def menu_item_cut(action: QAction, rect: QRect, natural: QImage, wide: QImage) -> Cut | None:
    """``rect``: the item in the menu as shown. Its text must draw as it does with room."""
    background = wide.pixel(rect.left() + 2, rect.top() + 2)
    wide_rect = QRect(rect.left(), rect.top(), wide.width() - rect.left(), rect.height())
    end = _ink_end(wide, wide_rect, background)
    text = shown(action.text().split("\t")[0])
    if end >= natural.width():
        return Cut("menu item", text, end + 1, natural.width())
    for x in range(rect.left(), end + 1):
        for y in range(rect.top() + 2, rect.bottom() - 1):
            if natural.pixel(x, y) != wide.pixel(x, y):
                return Cut("menu item", text, end + 1, rect.width())
    return None


def cut_menu_items(menu: QMenu) -> list[Cut]:
    """Items of ``menu`` (and its submenus) whose text does not come out whole at the menu's
    own width: drawn as shown, compared with a drawing where a long item gives room to spare."""
    menu.ensurePolished()
    cuts: list[Cut] = []
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    if actions:
        natural = _draw(menu)
        rects = {id(a): menu.actionGeometry(a) for a in actions}
        widest = max(rects[id(a)].width() for a in actions)
        spare = menu.addAction("")
        metrics = menu.fontMetrics()
        spare.setText("M" * (1 + (widest + WIDE) // max(metrics.horizontalAdvance("M"), 1)))
        wide = _draw(menu)
        menu.removeAction(spare)
        menu.resize(menu.sizeHint())
        for action in actions:
            if action.text():
                found = menu_item_cut(action, rects[id(action)], natural, wide)
                if found is not None:
                    where = f"{describe(menu)} {menu.title()!r}"
                    cuts.append(Cut(where, found.text, found.need, found.have))
    for action in actions:
        sub = action.menu()
        if isinstance(sub, QMenu):
            cuts.extend(cut_menu_items(sub))
    return cuts


# -- visiting every page ---------------------------------------------------------------------

def each_tab_page(root: QWidget) -> Iterator[str]:
    """Show every page of every tab widget under ``root`` in turn (nested ones too), yielding a
    name for each state; the tabs are put back as they were."""
    yield describe(root)
    yield from _pages(root, set())


def _pages(root: QWidget, seen: set[int]) -> Iterator[str]:
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            if not tabs.isTabEnabled(i) or not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"{describe(tabs)} › {shown(tabs.tabText(i))}"
            page = tabs.widget(i)
            if page is not None:
                yield from _pages(page, seen)
        tabs.setCurrentIndex(before)
        QApplication.processEvents()
