"""Sub-commands of the ``bordermap`` CLI, one module each.

Each module defines ``register(subparsers)``, which adds its parser and sets
``run`` as the parser's default, and ``run(args) -> int``.  A command that says it
``uses_arrow`` and imports Arrow itself, late, sets ``choose_arrow_pool`` to
:func:`leave_arrow_pool` and calls it before Arrow's first use: run as the command
line, ``main`` replaces it with the choice of Arrow's allocator.
"""

#: Sub-command modules in the order ``bordermap --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "validate",
    "resolve",
    "geocode",
    "map",
    "build",
    "cache",
    "export",
    "report",
    "extract",
)


def leave_arrow_pool() -> None:
    """Leave Arrow's allocator as it is (``main`` called with arguments, as in tests)."""
