"""The ``bordermap`` command line.

The CLI is the only part of bordermap that prints.  Each sub-command lives in its
own module under :mod:`bordermap.maps.commands` with two functions:
``register(subparsers)`` adds its parser and ``run(args) -> int`` does the work.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from bordermap.geo import __version__, pattern_store
from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import BorderMapError, EventFileError
from bordermap.maps.commands import COMMANDS
from bordermap.maps.commands.terminal import TerminalText

#: Exit status for bad input (a file with problems, a bad recipe, a bad option).
EXIT_BAD_INPUT = 2
#: The status a shell reports for a command whose reader closed the pipe (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141


def _command_named(argv: Sequence[str]) -> str | None:
    """The first argument that names a sub-command, if any."""
    return next((arg for arg in argv if arg in COMMANDS), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return the argument parser.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments about to be parsed.  When they name a sub-command only that
        command's module is imported: the others pull in folium, matplotlib and
        geopandas, which would add a second to every ``bordermap validate``.
    """
    parser = argparse.ArgumentParser(
        prog="bordermap",
        description=(
            "Turn reports of events at state borders into geocoded, border-aware data "
            "and self-contained HTML maps."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bordermap {__version__}")
    parser.add_argument(
        "--completion",
        action=_Completion,
        choices=("bash",),
        help='print a bash completion script (eval "$(bordermap --completion bash)")',
    )
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument(
        "-v", "--verbose", action="count", default=0, help="say more (-vv for debug output)"
    )
    verbosity.add_argument(
        "-q", "--quiet", action="store_true", help="print only errors; no progress bars"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = _command_named(argv) if argv is not None else None
    for name in COMMANDS:
        if wanted is not None and name != wanted:
            continue
        module = importlib.import_module(f"bordermap.maps.commands.{name}")
        module.register(subparsers)
    for subparser in subparsers.choices.values():
        _add_verbosity_after_command(subparser)
    return parser


def _add_verbosity_after_command(parser: argparse.ArgumentParser) -> None:
    """Accept ``-v``/``-q`` after the sub-command too (``bordermap build -q x.toml``).

    Their defaults are suppressed so that, when not given there, the values given
    before the sub-command stand.
    """
    if any("--quiet" in action.option_strings for action in parser._actions):
        return
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help="say more"
    )
    group.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print only errors"
    )


def completion_script() -> str:
    """A bash completion script for every sub-command and its options.

    The words come from the parser itself, so the script never falls behind it.
    """
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    top = [o for a in parser._actions for o in a.option_strings]
    cases = []
    for name, sub in subparsers.choices.items():
        options = sorted({o for a in sub._actions for o in a.option_strings})
        cases.append(f'        {name}) opts="{" ".join(options)}";;')
    names = " ".join(subparsers.choices)
    return "\n".join(
        [
            "_bordermap() {",
            '    local cur="${COMP_WORDS[COMP_CWORD]}" cmd="" opts="" i',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            f'        case "${{COMP_WORDS[i]}}" in {names.replace(" ", "|")}) '
            'cmd="${COMP_WORDS[i]}"; break;; esac',
            "    done",
            '    case "$cmd" in',
            f'        "") COMPREPLY=($(compgen -W "{names} {" ".join(top)}" -- "$cur")); return;;',
            *cases,
            "    esac",
            '    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"));',
            '    else COMPREPLY=($(compgen -f -- "$cur")); fi',
            "}",
            "complete -o filenames -F _bordermap bordermap",
            "",
        ]
    )


class _Completion(argparse.Action):
    """``--completion bash``: print the completion script and exit."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        sys.stdout.write(completion_script())
        parser.exit()


def _configure_logging(verbose: int, quiet: bool) -> Callable[[], None]:
    """Send log records to this run's stderr; return what puts logging back as it was.

    The handlers write to the stream wrapped for this run only: left behind, they
    would write to a closed stream when ``main`` is called from Python (a notebook, the
    tests) and the Python API logs afterwards.
    """
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    root = logging.getLogger()
    root_before = list(root.handlers), root.level
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    # What reading decided for the user (columns mapped, defaults given, dates
    # retyped) is said plainly, unless -q.
    notes = logging.getLogger("bordermap.notes")
    notes_before = list(notes.handlers), notes.propagate, notes.level
    notes.handlers.clear()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("note: %(message)s"))
    notes.addHandler(handler)
    notes.propagate = False
    notes.setLevel(logging.ERROR if quiet else logging.INFO)

    def restore() -> None:
        root.handlers[:] = root_before[0]
        root.setLevel(root_before[1])
        notes.handlers[:] = notes_before[0]
        notes.propagate = notes_before[1]
        notes.setLevel(notes_before[2])

    return restore


def _check_output(args: argparse.Namespace) -> None:
    """Refuse an unusable ``-o`` before any work (recipes check their events later)."""
    output = getattr(args, "output", None)
    if output is None or str(output) == "-":  # "-o -": standard output
        return
    inputs = [
        *(getattr(args, "events", None) or ()),
        *(getattr(args, "files", None) or ()),
        *(getattr(args, "recipes", None) or ()),
        *([args.input] if getattr(args, "input", None) else []),
    ]
    folder = getattr(args, "output_is_folder", False)
    check_output_path(output, inputs=inputs, folder=folder)
    review = getattr(args, "review", None)
    if review is not None:
        check_output_path(review, inputs=[*inputs, output], option="--review")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Run as the process's own command line (``argv`` not given), everything the command
    made is then moved out of the cyclic garbage collector's sight: the process ends
    next, and the full collection the interpreter runs on its way out would walk it all
    once more (0.3-0.4 s after a ``resolve`` of 100,000 events).  Arrow's memory then
    comes from jemalloc (see :func:`_arrow_from_jemalloc`).  A command that says its
    ``collector_waits`` (``resolve``, ``map``) runs with the collector paused from start to end:
    the pauses around its reading and resolving left it ~200 passes (0.07-0.12 s of
    CPU at 100,000 events: the imports of pandas, geopandas and Arrow, the writing, and
    the first pass after each pause, over all it made meanwhile), and the command makes
    no cyclic garbage to find (a collection at its end finds none).  Any other command
    run so has its modules imported with the collector paused, and what they made
    frozen: modules, classes and functions live to the end, yet the ~230 passes that
    importing pandas, geopandas and folium set off walked them (0.05 s of CPU for
    ``map``).
    """
    own_command_line = argv is None
    if own_command_line:
        pattern_store.install()  # the grammar's patterns as compiled by an earlier run
    argv = list(sys.argv[1:] if argv is None else argv)
    paused = own_command_line and gc.isenabled()
    if paused:
        gc.disable()
    try:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
    except BaseException:  # --help, --version, a bad option: nothing is left paused
        if paused:
            gc.enable()
        raise
    if paused and not _collector_waits(args):
        gc.freeze()
        gc.enable()
    if args.command is None:
        parser.print_help()
        return 0
    if own_command_line and getattr(args, "uses_arrow", False):
        # The command chooses once its second process has started (it calls this):
        # importing Arrow here, with NumPy about 0.09 s of CPU, delayed that start.
        args.choose_arrow_pool = functools.partial(_arrow_from_jemalloc, will_use=True)
    elif own_command_line:
        _arrow_from_jemalloc()
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalText(sys.stdout), TerminalText(sys.stderr)
    restore_logging = _configure_logging(args.verbose, args.quiet)
    try:
        return _run(args)
    finally:
        restore_logging()
        sys.stdout, sys.stderr = streams
        if own_command_line:
            gc.freeze()
            pattern_store.save()


def _collector_waits(args: argparse.Namespace) -> bool:
    """Whether the command runs with the cyclic collector paused throughout: it says so
    (``resolve``) and does its work in this process (dask's scheduler and workers make
    cyclic garbage as they go, so ``--engine dask`` keeps the collector)."""
    return bool(getattr(args, "collector_waits", False)) and getattr(args, "engine", "") != "dask"


#: The variable with which Arrow lets a user choose its allocator; the user's choice wins.
ARROW_POOL_VARIABLE = "ARROW_DEFAULT_MEMORY_POOL"


def _arrow_from_jemalloc(will_use: bool = False) -> None:
    """Give Arrow's allocations to jemalloc, where pyarrow has it, for a command using Arrow.

    pyarrow's default allocator (mimalloc) cost a ``resolve`` of a million events about
    0.7 s more system time and 100 MiB more peak than jemalloc on the machine the
    benchmarks run on, most of it turning the events into an Arrow table to write;
    what is allocated does not change what is written.  Commands that have not loaded
    Arrow by now (``geocode``, ``extract``) are left alone: loading it costs more than
    they would gain, unless the command says it ``will_use`` it (``resolve`` and ``map``
    import it late and call this through ``args.choose_arrow_pool`` once their second
    process has started).  ``ARROW_DEFAULT_MEMORY_POOL`` set by the user is kept.
    """
    if will_use and ARROW_POOL_VARIABLE not in os.environ:
        import pyarrow  # loaded now so that its allocator is chosen before any use
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is None or ARROW_POOL_VARIABLE in os.environ:
        return
    if "jemalloc" in pyarrow.supported_memory_backends():
        pyarrow.set_memory_pool(pyarrow.jemalloc_memory_pool())


def _run(args: argparse.Namespace) -> int:
    try:
        _check_output(args)
        return int(args.run(args) or 0)
    except EventFileError as err:
        for item in err.problems:
            print(item, file=sys.stderr)
        print(f"bordermap: {len(err.problems)} problem(s); nothing was written", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BorderMapError as err:
        print(f"bordermap: error: {err}", file=sys.stderr)
        # Geocoding failures carry their own status (sysexits: 69 unreachable,
        # 75 try later, 77 refused, 78 misconfigured...) so scripts can react.
        return getattr(err, "exit_status", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        print("bordermap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`bordermap geocode ... | head`): not an error of the
        # command. What is left to flush goes nowhere, so the exit prints no traceback.
        _discard_standard_output()
        return EXIT_BROKEN_PIPE


def _discard_standard_output() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.__stdout__.fileno())
    finally:
        os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
