"""Colours and the application style sheet (one place, so pages stay plain)."""

from __future__ import annotations

from PySide6.QtGui import QColor

ACCENT = "#0b7a3e"  # BPJAMSOSTEK green
ERROR = QColor("#b3261e")
WARNING = QColor("#8a5a00")
OK = QColor("#1b6e35")
MUTED = QColor("#5f6b66")
ERROR_BG = QColor("#fde8e6")
WARNING_BG = QColor("#fff4d6")
OK_BG = QColor("#e6f4ea")

STYLE_SHEET = f"""
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="subtitle"] {{ font-size: 10.5pt; color: #35524a; }}
QLabel[role="error"] {{ color: {ERROR.name()}; }}
QLabel[role="warning"] {{ color: {WARNING.name()}; }}
QLabel[role="info"] {{ color: #35524a; }}
QLabel[role="ok"] {{ color: {OK.name()}; }}
QLabel[role="hint"] {{ color: {MUTED.name()}; }}
QLabel[role="count"] {{ color: #35524a; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {ERROR.name()}; }}
QListWidget[role="nav"] {{
    background: #f1f5f3; border: none; border-right: 1px solid #d5dfda;
    font-size: 10.5pt; padding-top: 8px; outline: 0;
}}
QListWidget[role="nav"]::item {{ padding: 9px 10px; border-radius: 4px; margin: 1px 6px; }}
QListWidget[role="nav"]::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget[role="nav"]::item:hover:!selected {{ background: #e1ebe6; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QGroupBox QLabel {{ padding: 0 2px; }}
"""
