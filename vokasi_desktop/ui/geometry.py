"""Windows that fit the screen: size and place every window inside the available area.

A branch laptop is often 1366x768 (and older ones 1024x768) with a task bar: a window asked for
at 1300x800 puts its status bar off screen. Here:

- :func:`fit_window` gives a window its wanted size, shrunk to the available geometry of its
  screen (``QScreen.availableGeometry()``, minus room for the title bar and borders), and places
  it centred on its parent or the screen, entirely inside that area.
- :class:`ScreenFitter` (an application event filter, installed by ``run_gui``) does the same for
  every top-level window when it is shown, so a dialog nobody sized cannot open off screen.
- :class:`WindowGeometryStore` remembers a window's size and position per user (QSettings keyed
  by username) and restores them only when that rectangle is still on a screen (a laptop
  undocked from its second monitor gets the default placement instead).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Room for a title bar and borders a window manager adds around the client area
# (Windows 10/11 at 100 %: 31 px title bar, 8 px borders).
FRAME_ALLOWANCE = QSize(16, 40)
MAIN_WINDOW_SIZE = QSize(1300, 800)
PREVIEW_SIZE = QSize(900, 900)
# A remembered rectangle must show at least this much of its top on one screen.
MIN_VISIBLE = QSize(200, 100)


def screen_for(widget: QWidget | None) -> QScreen | None:
    """The screen of ``widget`` (or of its parent window), else the primary screen."""
    if widget is not None:
        screen = widget.screen()
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry (without task bars) of the screen ``widget`` is on."""
    screen = screen_for(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def _frame_extra(window: QWidget) -> QSize:
    """Frame size around the client area: measured once shown, else the allowance."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.size() != inner.size():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if window.isVisible():  # a platform without decorations (offscreen, a kiosk)
        return QSize(0, 0)
    return FRAME_ALLOWANCE


def fitted_size(wanted: QSize, area: QRect, frame: QSize = FRAME_ALLOWANCE) -> QSize:
    """``wanted`` shrunk so that the window with its frame fits in ``area``."""
    return QSize(max(1, min(wanted.width(), area.width() - frame.width())),
                 max(1, min(wanted.height(), area.height() - frame.height())))


def clamp_position(top_left: QPoint, size: QSize, area: QRect) -> QPoint:
    """The nearest position at which a window of (frame) ``size`` lies inside ``area``."""
    x = min(max(top_left.x(), area.left()), max(area.left(), area.right() + 1 - size.width()))
    y = min(max(top_left.y(), area.top()), max(area.top(), area.bottom() + 1 - size.height()))
    return QPoint(x, y)


def fit_window(window: QWidget, wanted: QSize | None = None, *, area: QRect | None = None,
               parent: QWidget | None = None) -> None:
    """Resize ``window`` to ``wanted`` (default: its current size) within ``area``, then
    centre it on ``parent`` (or the area) and keep it entirely inside the area.

    ``area`` defaults to the available geometry of the parent's (or the primary) screen.
    """
    parent = parent if parent is not None else window.parentWidget()
    area = area if area is not None else available_area(parent or window)
    window.setProperty("vokasiFitArea", QRect(area))  # for keep_fitted
    frame = _frame_extra(window)
    scroll_if_too_big(window, area, frame)
    size = fitted_size(wanted if wanted is not None else window.size(), area, frame)
    window.resize(size)
    size = window.size()  # a layout's minimum size may have won
    outer = QSize(size.width() + frame.width(), size.height() + frame.height())
    if parent is not None and parent.isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = area.center()
    top_left = QPoint(centre.x() - outer.width() // 2, centre.y() - outer.height() // 2)
    window.move(clamp_position(top_left, outer, area))


def keep_fitted(window: QWidget) -> None:
    """Fit ``window`` again into the area it was last fitted to when its content grew bigger
    than that area (a main window's page built, or filled, after the window was shown:
    ``ui.main_window``); the content then scrolls as on a small screen."""
    area = window.property("vokasiFitArea")
    if not isinstance(area, QRect):
        return
    frame = _frame_extra(window)
    layout = window.layout()
    if layout is not None:
        layout.activate()
    size = window.size() + frame
    if (_too_big(window, area, frame) or size.width() > area.width()
            or size.height() > area.height()):
        fit_window(window, window.size(), area=area)


def _too_big(window: QWidget, area: QRect, frame: QSize) -> bool:
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    return (need.width() + frame.width() > area.width()
            or need.height() + frame.height() > area.height())


def scroll_if_too_big(window: QWidget, area: QRect, frame: QSize = FRAME_ALLOWANCE) -> bool:
    """Put the content of ``window`` in a scroll area when its minimum size exceeds ``area``.

    Only on a screen too small for the window (a 1024x768 laptop): the window then fits and
    scrolls instead of reaching past the screen. A main window's central widget goes into the
    scroll area (menu and status bar stay); a dialog's top-level box layout moves into it, except
    the button box, which stays visible below. Returns True when something was wrapped.
    """
    if window.property("vokasiScrollWrapped") or not _too_big(window, area, frame):
        return False
    # Moving the content into the scroll area takes the focus from it (it would land on the
    # scroll area: the counter's search field must keep it on a small screen).
    focused = window.focusWidget()
    scroll = QScrollArea()
    scroll.setObjectName("screenFitScrollArea")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if isinstance(window, QMainWindow):
        central = window.takeCentralWidget()
        if central is None:
            return False
        scroll.setWidget(central)
        window.setCentralWidget(scroll)
    else:
        layout = window.layout()
        if not isinstance(layout, QBoxLayout):
            return False
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        kept: list[QWidget] = []
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget, child_layout = item.widget(), item.layout()
            if isinstance(widget, QDialogButtonBox):
                kept.append(widget)
            elif widget is not None:
                inner.addWidget(widget)
            elif child_layout is not None:
                inner.addLayout(child_layout)
            elif item.spacerItem() is not None:
                inner.addItem(item)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        for widget in kept:
            layout.addWidget(widget)
    window.setMinimumSize(0, 0)
    window.setProperty("vokasiScrollWrapped", True)
    top_layout = window.layout()
    if top_layout is not None:
        top_layout.activate()
    if focused is not None and window.isAncestorOf(focused):
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def on_a_screen(rect: QRect, areas: list[QRect] | None = None) -> QRect | None:
    """The available area showing enough of ``rect``'s top (title bar), or None."""
    if areas is None:
        areas = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    top = QRect(rect.left(), rect.top(), rect.width(), min(rect.height(), MIN_VISIBLE.height()))
    for area in areas:
        seen = area.intersected(top)
        if seen.width() >= min(MIN_VISIBLE.width(), rect.width()) and seen.height() > 0:
            return area
    return None


class WindowGeometryStore:
    """Remembered window rectangles, per user and window name, in QSettings."""

    def __init__(self, settings: QSettings, username: str) -> None:
        self._settings = settings
        self._prefix = "windows/" + "".join(ch if ch.isalnum() or ch in "-_." else "_"
                                            for ch in username)

    def _key(self, name: str) -> str:
        return f"{self._prefix}/{name}"

    def save(self, window: QWidget, name: str) -> None:
        maximized = window.isMaximized()
        rect = window.normalGeometry() if maximized else window.geometry()
        if rect.isEmpty():
            rect = window.geometry()
        self._settings.setValue(self._key(name) + "/rect",
                                [rect.x(), rect.y(), rect.width(), rect.height()])
        self._settings.setValue(self._key(name) + "/maximized", int(maximized))
        self._settings.sync()

    def load(self, name: str) -> tuple[QRect, bool] | None:
        value = self._settings.value(self._key(name) + "/rect")
        try:
            x, y, w, h = (int(v) for v in value)
        except (TypeError, ValueError):
            return None
        if w <= 0 or h <= 0:
            return None
        maximized = str(self._settings.value(self._key(name) + "/maximized", 0)) in ("1", "true")
        return QRect(x, y, w, h), maximized

    def restore(self, window: QWidget, name: str, default: QSize, *,
                areas: list[QRect] | None = None) -> bool:
        """Give ``window`` its remembered rectangle if still on a screen, else ``default``
        fitted to the screen. True when the remembered rectangle was used."""
        saved = self.load(name)
        area = on_a_screen(saved[0], areas) if saved is not None else None
        if saved is None or area is None:
            fit_window(window, default, area=areas[0] if areas else None)
            return False
        rect, maximized = saved
        window.resize(fitted_size(rect.size(), area))
        window.move(clamp_position(rect.topLeft(), window.size() + FRAME_ALLOWANCE, area))
        if maximized:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return True


class ScreenFitter(QObject):
    """Application event filter: a top-level window being shown is kept inside its screen.

    Windows the code sized on purpose (``fit_window``) are already inside and stay as they are;
    a dialog sized by its layout that would reach past the screen is shrunk and moved in.
    """

    def __init__(self, parent: QObject | None = None, *, area: QRect | None = None) -> None:
        super().__init__(parent)
        self.area = area  # tests pass a screen; None: the window's own screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and not _is_popup(watched)):
            area = self.area or available_area(watched.parentWidget() or watched)
            frame = _frame_extra(watched)
            outer = QRect(watched.pos(), watched.size() + frame)
            if not area.contains(outer):
                fit_window(watched, watched.size(), area=area)
        return False


def _is_popup(widget: QWidget) -> bool:
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen,
                    Qt.WindowType.Drawer, Qt.WindowType.Sheet)


def widgets_outside(window: QWidget, area: QRect) -> list[str]:
    """Visible widgets of ``window`` (the window itself included) not entirely inside ``area``.

    Widgets inside a scroll area's viewport may extend past it (they scroll) and are skipped.
    Used by the tests and by ``--self-test``; names are ``ClassName(objectName)``.
    """
    out: list[str] = []
    window_rect = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    if not area.contains(window_rect):
        out.append(f"{type(window).__name__}({window.objectName()}) {_rect(window_rect)}")
    skip: set[int] = set()
    for scroll in window.findChildren(QAbstractScrollArea):
        skip.add(id(scroll.viewport()))
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or child.width() <= 0 or child.height() <= 0:
            continue
        ancestor = child.parentWidget()
        scrolled = False
        while ancestor is not None and ancestor is not window:
            if id(ancestor) in skip:
                scrolled = True
                break
            ancestor = ancestor.parentWidget()
        if scrolled:
            continue
        rect = QRect(child.mapToGlobal(QPoint(0, 0)), child.size())
        if not area.contains(rect):
            out.append(f"{type(child).__name__}({child.objectName()}) {_rect(rect)}")
    return out


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def sideways_scrolling(page: QWidget) -> list[str]:
    """Why ``page`` would scroll sideways at its current size: visible scroll areas whose
    content is wider than their viewport, or the page's own minimum width beyond its width
    (the layout then squeezes or clips it). Empty when everything re-flows."""
    out: list[str] = []
    if page.minimumSizeHint().width() > page.width():
        out.append(f"{type(page).__name__} needs {page.minimumSizeHint().width()} px, "
                   f"has {page.width()}")
    scrolls = page.findChildren(QAbstractScrollArea)
    if isinstance(page, QAbstractScrollArea):
        scrolls.insert(0, page)
    for scroll in scrolls:
        bar = scroll.horizontalScrollBar()
        if scroll.isVisible() and bar.maximum() > 0:
            out.append(f"{type(scroll).__name__}({scroll.objectName()}) scrolls {bar.maximum()} px")
    return out
