"""Each module-level constant of the package is bound once: a second binding of the same name
silently changes every use of the first (PLAN_REACH 2 and 6, PARTICIPLE_MIN_LETTERS 6 and 5 were
both read at the second value)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "extract"


def _constants(path: Path) -> Counter:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                names[target.id] += 1
    return names


def test_no_module_constant_is_bound_twice() -> None:
    doubled = [f"{path.relative_to(PACKAGE_ROOT)}: {name}" for path in sorted(PACKAGE_ROOT.rglob("*.py"))
               for name, count in _constants(path).items() if count > 1]
    assert doubled == []


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("LIMIT = 2\nOTHER = 1\nLIMIT = 6\n", encoding="utf-8")
    assert _constants(module) == Counter({"LIMIT": 2, "OTHER": 1})
