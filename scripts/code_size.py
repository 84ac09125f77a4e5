"""Module and function sizes of the project's own Python code (not tests or migrations).

    python scripts/code_size.py [folder]

Prints the median, 90th percentile and largest for modules (lines) and for
functions and methods (lines from `def` to the last line of the body).
"""

import ast
import statistics
import sys
from pathlib import Path

SKIPPED = {".venv", "migrations", "tests", "staticfiles", "node_modules", ".git"}


def sources(root: Path) -> list[Path]:
    return sorted(
        path for path in root.rglob("*.py") if not SKIPPED & set(path.relative_to(root).parts)
    )


def function_lengths(tree: ast.AST) -> list[tuple[int, str]]:
    return [
        (node.end_lineno - node.lineno + 1, node.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def summary(label: str, sizes: list[tuple[int, str]]) -> str:
    values = sorted(size for size, _name in sizes)
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    largest, name = max(sizes)
    return (
        f"{label}: {len(values)}, median {statistics.median(values):g}, "
        f"90th percentile {p90}, largest {largest} ({name})"
    )


def main(root: Path) -> None:
    modules, functions = [], []
    for path in sources(root):
        text = path.read_text(encoding="utf-8")
        modules.append((len(text.splitlines()), str(path.relative_to(root))))
        functions += [
            (size, f"{path.relative_to(root)}:{name}")
            for size, name in function_lengths(ast.parse(text))
        ]
    print(summary("modules (lines)", modules))
    print(summary("functions (lines)", functions))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve())
