"""Sub-commands of the ``bordermap`` CLI, one module each.

Each module defines ``register(subparsers)``, which adds its parser and sets
``run`` as the parser's default, and ``run(args) -> int``.
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
