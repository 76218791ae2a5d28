"""What the sub-commands print: counted nouns and refusals, one problem a line."""

from __future__ import annotations

import sys

PROGRAM = "familjecenter-desktop"


def counted(number: int, one: str, many: str) -> str:
    """``1 page``, ``3 pages``: the number with the noun in the right form."""
    return f"{number} {one if number == 1 else many}"


def print_refusal(exc: Exception, program: str = PROGRAM) -> int:
    """Print a refusal on standard error, each problem on its own line; 1.

    A refusal with several problems (``InvalidInputError.problems``) gets a
    line for each, so none hides at the end of a long line.
    """
    problems = getattr(exc, "problems", None) or []
    lines = [message for _field, message in problems] or [
        getattr(exc, "message", None) or str(exc)
    ]
    for line in lines:
        print(f"{program}: {line}", file=sys.stderr)
    return 1
