"""The layers of docs/architecture.md: what may import what, and the names the page cites."""

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "quizapp"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# Modules under a folder (or the one file) never import these, at any depth of the code.
FORBIDDEN = {
    "quizapp/core/": ("PySide6", "quizapp.ui", "quizapp.cli"),
    "quizapp/core/storage/": ("quizapp.core.ops", "quizapp.core.session", "quizapp.core.formats"),
    "quizapp/core/formats/": ("quizapp.core.storage", "quizapp.core.ops", "quizapp.core.session"),
    "quizapp/ui/": ("quizapp.cli",),
}
# Known crossings, each with its reason; remove a line once the crossing is gone.
ALLOWED: dict[tuple[str, str], str] = {}


def imports_of(path: Path) -> list[tuple[str, bool]]:
    """Return each module ``path`` imports, and whether the import is at module level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) in top_level))
    return found


def module_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_every_module_imports_only_what_its_layer_may():
    crossings = []
    for path in module_files():
        relative = path.relative_to(ROOT).as_posix()
        rules = [banned for folder, banned in FORBIDDEN.items() if relative.startswith(folder)]
        for module, _ in imports_of(path):
            for banned in (b for rule in rules for b in rule):
                if under(module, banned) and (relative, module) not in ALLOWED:
                    crossings.append(f"{relative} imports {module}")
    assert crossings == []


def test_allowed_crossings_still_exist():
    """An allowance that is no longer needed is removed, so the rule tightens by itself."""
    present = {
        (path.relative_to(ROOT).as_posix(), module)
        for path in module_files()
        for module, _ in imports_of(path)
    }
    assert set(ALLOWED) - present == set()


def test_cli_imports_the_ui_only_inside_a_command():
    top_level = [m for m, at_top in imports_of(PACKAGE / "cli.py") if at_top]
    assert [m for m in top_level if under(m, "quizapp.ui") or under(m, "PySide6")] == []
    assert any(under(m, "quizapp.ui") for m, _ in imports_of(PACKAGE / "cli.py"))


def test_the_rules_catch_a_crossing(tmp_path):
    module = tmp_path / "sneaky.py"
    module.write_text("def show():\n    from PySide6.QtWidgets import QLabel\n    return QLabel\n")
    assert imports_of(module) == [("PySide6.QtWidgets", False)]


def cited_names() -> list[str]:
    return sorted(set(re.findall(r"`(quizapp(?:\.\w+)+)`", ARCHITECTURE.read_text("utf-8"))))


def resolve(dotted: str) -> object:
    """Import the longest module prefix of ``dotted`` and look the rest up as attributes."""
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:split]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[split:]:
            found = getattr(found, attribute)
        return found
    raise ModuleNotFoundError(dotted)


def test_architecture_page_cites_names_from_the_code():
    assert "quizapp.core.storage.reviews.ReviewStore.answer" in cited_names()


@pytest.mark.parametrize("name", cited_names())
def test_architecture_page_name_exists(name):
    assert resolve(name) is not None
