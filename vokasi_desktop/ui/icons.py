"""Icons loaded from ``resources/icons`` (SVG; the Qt SVG image plugin renders them).

Line icons get a white variant for the selected state (the sidebar's selected row is green).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from vokasi_desktop.paths import resources_dir

LINE_COLOUR = "#2b4a3a"
SIZES = (16, 22, 24, 32, 48)


def _pixmap(svg: str, size: int) -> QPixmap:
    pixmap = QPixmap()
    data = svg.replace('width="24" height="24"', f'width="{size}" height="{size}"')
    pixmap.loadFromData(QByteArray(data.encode()), "SVG")
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if LINE_COLOUR not in svg:
        return QIcon(str(path))
    result = QIcon()
    white = svg.replace(LINE_COLOUR, "#ffffff")
    for size in SIZES:
        result.addPixmap(_pixmap(svg, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(white, size), QIcon.Mode.Selected)
    return result
