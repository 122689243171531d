"""Light, dark or the desktop's colour scheme for the whole app.

Qt 6.8+ lets an app ask for a colour scheme (``QStyleHints.setColorScheme``); platform themes
that honour it repaint everything. Where the platform ignores the request (some desktops,
the offscreen platform of the tests) an explicit palette does the same job. Widgets that draw
themselves read ``palette()``, so they follow either way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_original_palette: QPalette | None = None


def dark_palette() -> QPalette:
    """A dark palette in the spirit of Fusion's, readable with the app's colour swatches."""
    palette = QPalette()
    roles = QPalette.ColorRole
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e8e8e8")
    for role, colour in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#26282b")),
        (roles.ToolTipBase, QColor("#3a3c40")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#9a9ca0")),
        (roles.Text, text),
        (roles.Button, QColor("#35373b")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff6b6b")),
        (roles.Light, QColor("#4a4c50")),
        (roles.Midlight, QColor("#3d3f43")),
        (roles.Mid, QColor("#55585d")),
        (roles.Dark, QColor("#18191b")),
        (roles.Shadow, QColor("#000000")),
        (roles.Highlight, QColor("#3d7bd9")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor("#7fb2ff")),
        (roles.LinkVisited, QColor("#c29bff")),
    ):
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7c80"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(mode: str) -> None:
    """Switches the running app to ``mode``: "system", "light" or "dark"."""
    from PySide6.QtCore import Qt

    global _original_palette
    app = QGuiApplication.instance()
    if app is None:
        return
    if _original_palette is None:
        _original_palette = QPalette(app.palette())
    hints = app.styleHints()
    if mode == "system":
        hints.unsetColorScheme()
        app.setPalette(_original_palette)
        return
    wanted = Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted:
        return  # the platform repaints with its own palette for that scheme
    if mode == "dark":
        app.setPalette(dark_palette())
    elif is_dark(_original_palette):
        from PySide6.QtWidgets import QApplication

        style = QApplication.style()
        app.setPalette(style.standardPalette() if style is not None else QPalette())
    else:
        app.setPalette(_original_palette)
