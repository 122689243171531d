"""Linux desktop integration: menu entry, file type, AppStream metadata, icons, installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import PACKAGING, packaging_module
from PySide6.QtGui import QImage

from commsplanner.storage.workspace import SUFFIX

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / "commsplanner.desktop"
MIME = LINUX / "commsplanner-mime.xml"
METAINFO = LINUX / "org.commsplanner.CommsPlanner.metainfo.xml"
MIME_TYPE = "application/x-commsplanner-workspace"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
INSTALLER = PACKAGING / "install_linux_desktop.sh"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_workspaces_passed_by_the_file_manager() -> None:
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["commsplanner", "%f"]
    assert MIME_TYPE in entry["MimeType"].rstrip(";").split(";")
    assert entry["Icon"] == "commsplanner"
    assert entry["Terminal"] == "false"
    assert "Comment[es]" in entry and "GenericName[es]" in entry


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_matches_the_workspace_suffix() -> None:
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == [f"*{SUFFIX}"]
    languages = {
        c.get("{http://www.w3.org/XML/1998/namespace}lang")
        for c in mime_type.findall(f"{MIME_NS}comment")
    }
    assert languages == {None, "es"}


def test_metainfo_points_at_the_desktop_entry_and_file_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable") == DESKTOP.name
    provides = root.find("provides")
    assert provides is not None
    assert provides.findtext("mediatype") == MIME_TYPE
    assert {b.text for b in provides.findall("binary")} == {"commsplanner", "commsplanner-cli"}
    assert any(
        s.get("{http://www.w3.org/XML/1998/namespace}lang") == "es" for s in root.findall("summary")
    )


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_icons_are_the_rendered_svg_at_every_size() -> None:
    icons = packaging_module("render_icons")
    for size in icons.SIZES:
        image = QImage(str(icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # Re-run packaging/render_icons.py after changing the SVG.
    assert icons.outdated_pngs() == []


def _install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    return subprocess.run(
        ["bash", str(INSTALLER), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_installer_registers_the_app_and_file_type_for_the_user(tmp_path: Path) -> None:
    program = tmp_path / "my apps" / "commsplanner"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    home = tmp_path / "home"
    data = home / ".local" / "share"

    result = _install(home, "--exec", str(program))

    assert result.returncode == 0, result.stderr
    entry = _entry(data / "applications" / "commsplanner.desktop")
    assert entry["Exec"] == f'"{program}" %f'  # absolute, quoted for the space
    assert entry["TryExec"] == str(program)
    assert (data / "mime" / "packages" / MIME.name).read_bytes() == MIME.read_bytes()
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "commsplanner.svg").is_file()
    for size in packaging_module("render_icons").SIZES:
        assert (
            data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "commsplanner.png"
        ).is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}:*{SUFFIX}" in globs

    removed = _install(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (data / "applications" / "commsplanner.desktop").exists()
    assert not (data / "mime" / "packages" / MIME.name).exists()
    assert not list((data / "icons").rglob("commsplanner.*"))


def test_installer_refuses_without_a_program(tmp_path: Path) -> None:
    result = _install(tmp_path, "--exec", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert "is not an executable program" in result.stderr
    assert not (tmp_path / ".local").exists()
