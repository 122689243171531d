"""Renders the app icon (resources/icons/commsplanner.svg) into PNG sizes and platform icons.

    python packaging/render_icons.py                 PNGs into resources/icons/hicolor/
    python packaging/render_icons.py --check         exit 1 when a committed PNG is outdated
    python packaging/render_icons.py --ico X.ico --icns X.icns   Windows/macOS icon files

The PNGs are source assets (committed): desktops pick the size nearest to what they draw and
a hand-tuned small size can replace a rendered one. Rendered with Qt's own SVG renderer
under the offscreen platform, so no display and no extra tool is needed. The .ico/.icns are
build outputs made from the same pixels (Pillow, already a dependency of matplotlib).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "commsplanner.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "commsplanner"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the Windows shell's sizes; .ico stops at 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A full QApplication, not a QGuiApplication: a test process may build widgets later.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def render(size: int, source: Path = SOURCE):
    """The icon as a square ARGB QImage of ``size`` pixels (transparent outside the shape)."""
    _app()
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"Not a valid SVG: {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def write_pngs(hicolor: Path = HICOLOR, source: Path = SOURCE) -> list[Path]:
    written = []
    for size in SIZES:
        target = png_path(size, hicolor)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size, source).save(str(target), "PNG"):
            raise OSError(f"Could not write {target}")
        written.append(target)
    return written


def outdated_pngs(hicolor: Path = HICOLOR, source: Path = SOURCE) -> list[Path]:
    """Committed PNGs that are missing or differ in pixels from a fresh rendering."""
    _app()
    from PySide6.QtGui import QImage

    stale = []
    for size in SIZES:
        target = png_path(size, hicolor)
        committed = QImage(str(target))
        fresh = render(size, source)
        if committed.isNull() or committed.convertToFormat(fresh.format()) != fresh:
            stale.append(target)
    return stale


def _pillow_images(sizes: tuple[int, ...], source: Path):
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    images = []
    for size in sizes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size, source).save(buffer, "PNG")
        images.append(Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA"))
    return images


def write_ico(target: Path, source: Path = SOURCE) -> Path:
    """A Windows .ico holding every size in ICO_SIZES, each rendered from the SVG."""
    images = _pillow_images(ICO_SIZES, source)
    target.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[im.size for im in images], append_images=images)
    return target


def write_icns(target: Path, source: Path = SOURCE) -> Path:
    """A macOS .icns (Pillow writes the PNG-based variants macOS 10.7+ reads)."""
    images = _pillow_images(ICNS_SIZES, source)
    target.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(target, format="ICNS", append_images=images[:-1])
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report outdated PNGs")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    args = parser.parse_args(argv)
    if args.check:
        stale = outdated_pngs()
        for path in stale:
            print(f"outdated: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    if args.ico or args.icns:
        for path in filter(
            None, (args.ico and write_ico(args.ico), args.icns and write_icns(args.icns))
        ):
            print(path)
        return 0
    for path in write_pngs():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
