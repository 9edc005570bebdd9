import pkgutil
import subprocess
import sys

import quizapp.core


def test_core_never_imports_qt():
    modules = [m.name for m in pkgutil.walk_packages(quizapp.core.__path__, "quizapp.core.")]
    assert "quizapp.core.storage.database" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import quizapp.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_starting_does_not_load_the_yaml_reader():
    """PyYAML costs every start about 15 ms; only reading question files needs it."""
    code = "import sys, quizapp.cli, quizapp.core.ops; print('yaml' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
