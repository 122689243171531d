"""The wheel's build hook (compiled translations) and the resource lookup once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_support import ROOT, packaging_module
from PySide6.QtCore import QTranslator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Demo</name>
    <message>
        <source>Open the plan</source>
        <translation{state}>{text}</translation>
    </message>
</context>
</TS>
"""


def _write_ts(path: Path, text: str = "Abrir el plan", state: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TS.format(text=text, state=state), encoding="utf-8")
    return path


def _translate(qm: Path, source: str = "Open the plan") -> str:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator.translate("Demo", source)


def _hook(root: Path, target: str = "wheel"):
    hook_module = packaging_module("hatch_build")
    return hook_module.TranslationsBuildHook(str(root), {}, None, None, str(root / "dist"), target)


def test_hook_compiles_each_catalogue_to_the_packaged_i18n_folder(tmp_path: Path) -> None:
    _write_ts(tmp_path / "resources" / "i18n" / "demo_es.ts")
    _write_ts(tmp_path / "resources" / "i18n" / "demo_en.ts", "Open the plan")
    hook = _hook(tmp_path)
    build_data: dict = {"force_include": {}}

    hook.initialize("standard", build_data)

    targets = sorted(build_data["force_include"].values())
    assert targets == [
        "commsplanner/_resources/i18n/demo_en.qm",
        "commsplanner/_resources/i18n/demo_es.qm",
    ]
    compiled = {
        Path(target).name: Path(source) for source, target in build_data["force_include"].items()
    }
    # Outside the project: hatchling then reserves the target, so a stale .qm in the
    # checkout cannot be packed in its place.
    assert all(tmp_path not in source.parents for source in compiled.values())
    assert _translate(compiled["demo_es.qm"]) == "Abrir el plan"

    hook.finalize("standard", build_data, str(tmp_path / "dist" / "x.whl"))
    assert not any(source.exists() for source in compiled.values())


def test_hook_leaves_editable_installs_and_sdists_alone(tmp_path: Path) -> None:
    _write_ts(tmp_path / "resources" / "i18n" / "demo_es.ts")
    for target, version in (("wheel", "editable"), ("sdist", "standard")):
        build_data: dict = {"force_include": {}}
        _hook(tmp_path, target).initialize(version, build_data)
        assert build_data["force_include"] == {}


def test_hook_refuses_a_tree_without_catalogues(tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match="No translation catalogues"):
        _hook(tmp_path).initialize("standard", {"force_include": {}})


def test_a_wheel_packs_freshly_compiled_catalogues_not_stale_ones(tmp_path: Path) -> None:
    """A small project built by hatchling with the real hook, as pip would."""
    from hatchling.builders.wheel import WheelBuilder

    project = tmp_path / "project"
    (project / "commsplanner").mkdir(parents=True)
    (project / "commsplanner" / "__init__.py").write_text("", encoding="utf-8")
    _write_ts(project / "resources" / "i18n" / "demo_es.ts")
    (project / "resources" / "i18n" / "demo_es.qm").write_bytes(b"stale, from an old build")
    (project / "resources" / "templates").mkdir()
    (project / "resources" / "templates" / "t.json").write_text("{}", encoding="utf-8")
    hook_path = (ROOT / "packaging" / "hatch_build.py").as_posix()
    (project / "pyproject.toml").write_text(
        f"""[project]
name = "commsplanner"
version = "1.0"

[tool.hatch.build.targets.wheel]
packages = ["commsplanner"]

[tool.hatch.build.targets.wheel.force-include]
"resources" = "commsplanner/_resources"

[tool.hatch.build.targets.wheel.hooks.custom]
path = "{hook_path}"
""",
        encoding="utf-8",
    )

    wheel = Path(next(iter(WheelBuilder(str(project)).build(directory=str(tmp_path / "dist")))))

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert names.count("commsplanner/_resources/i18n/demo_es.qm") == 1
        assert "commsplanner/_resources/i18n/demo_es.ts" in names
        assert "commsplanner/_resources/templates/t.json" in names
        archive.extract("commsplanner/_resources/i18n/demo_es.qm", tmp_path / "out")
    assert _translate(tmp_path / "out" / "commsplanner/_resources/i18n/demo_es.qm") == (
        "Abrir el plan"
    )


def test_strict_compilation_names_the_unfinished_catalogue(tmp_path: Path) -> None:
    qt_i18n = packaging_module("qt_i18n")
    ts = _write_ts(tmp_path / "half_es.ts", "", ' type="unfinished"')
    with pytest.raises(qt_i18n.TranslationToolError, match=r"half_es\.ts is not complete"):
        qt_i18n.compile_catalogue(ts, tmp_path / "half_es.qm")
    # Not strict (the wheel): compiled anyway, the string stays in English.
    qt_i18n.compile_catalogue(ts, tmp_path / "half_es.qm", strict=False)
    assert _translate(tmp_path / "half_es.qm") == ""


def test_release_problems_keep_only_what_is_not_routine() -> None:
    qt_i18n = packaging_module("qt_i18n")
    clean = "Updating 'a.qm'...\n    Generated 3 translation(s) (3 finished and 0 unfinished)\n"
    assert qt_i18n.release_problems(clean) == []
    messy = (
        "Updating 'a.qm'...\n"
        "    Generated 2 translation(s) (1 finished and 1 unfinished)\n"
        "    Ignored 4 untranslated source text(s)\n"
    )
    assert qt_i18n.release_problems(messy) == [
        "Generated 2 translation(s) (1 finished and 1 unfinished)",
        "Ignored 4 untranslated source text(s)",
    ]


@pytest.mark.slow
def test_the_project_wheel_installs_resources_and_compiled_translations(tmp_path: Path) -> None:
    """pip's own build of this checkout (isolated build environment, as `pip install .`)."""
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("commsplanner-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    for ts in sources:
        assert f"commsplanner/_resources/i18n/{ts.stem}.qm" in names
        assert f"commsplanner/_resources/i18n/{ts.name}" in names
    for template in (ROOT / "resources" / "templates").glob("*.json"):
        assert f"commsplanner/_resources/templates/{template.name}" in names
    assert "commsplanner/_resources/icons/commsplanner.svg" in names

    # Installed (without dependencies: this Python has them) and used from elsewhere.
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from commsplanner.paths import resources_root\n"
        "from commsplanner.ui.i18n import CatalogTranslator, LanguageManager\n"
        "app = QCoreApplication([])\n"
        "manager = LanguageManager(app)\n"
        "manager.install('es')\n"
        "assert not any(isinstance(t, CatalogTranslator) for t in manager._translators)\n"
        "print(resources_root())\n"
        "print(QCoreApplication.translate('cli', 'Segments'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    root, spanish = result.stdout.splitlines()[-2:]
    assert Path(root) == target / "commsplanner" / "_resources"
    assert spanish == "Segmentos"
