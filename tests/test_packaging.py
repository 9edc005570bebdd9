"""The files the bundle and the desktop need are there and agree with each other."""

import configparser
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_desktop_entry_launches_quizapp_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "quizapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    launched = (desktop["Type"], desktop["Exec"], desktop["Icon"])
    assert launched == ("Application", "quizapp", "quizapp")
    assert desktop["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / "quizapp-256.png").is_file()


def test_spec_carries_the_bank_and_the_resources():
    spec = (ROOT / "build.spec").read_text()
    for carried in (
        '"questions" / "*.yaml"',
        '"resources" / "icons"',
        '"quizapp.desktop"',
        '"translations" / "*.qm"',
        "hiddenimports=sorted(catalog.modules())",  # readers and writers load by name
    ):
        assert carried in spec
