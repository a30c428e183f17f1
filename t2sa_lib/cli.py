"""Command-line entry point: ``python -m t2sa_lib <command> ...`` (console script ``t2sa``).

Each command lives in its own module, which provides ``add_arguments(parser)``
and ``run(args) -> int``. Only the chosen command's module is imported, so
``t2sa --help`` and light commands start quickly (no torch import).

User errors (a missing file, a bad value, a full disk, an unresolvable host, input
too large or too deeply nested) are reported as one ``error: ...`` line on stderr
with exit code 2; options are range-checked by argparse (:mod:`t2sa_lib.cliargs`)
before any work. Tracebacks are kept for real bugs (TypeError, KeyError, ...);
``T2SA_DEBUG=1`` shows them for user errors too.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

#: command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "setup": ("t2sa_lib.prepare", "prepare the converted encoder and the HRTFs (idempotent)"),
    "data": ("t2sa_lib.data.cli", "generate the bilingual dataset, OOD sets, coverage"),
    "train": ("t2sa_lib.model.cli", "train a text-to-parameters model"),
    "predict": ("t2sa_lib.infer", "predict spatial parameters for sentences"),
    "scene": ("t2sa_lib.scene", "a description -> several sources sharing one room (JSON)"),
    "render": ("t2sa_lib.render.cli", "render a mono sound at spatial parameters"),
    "osc": ("t2sa_lib.osc", "send predicted parameters over OSC (seed protocol or ADM-OSC)"),
    "corpus": ("t2sa_lib.corpus.cli", "build a text-described spatial-audio corpus"),
}

#: Exceptions whose message is a complete user-facing explanation. OSError covers
#: missing or unwritable paths, a file where a folder is needed, a full disk and an
#: unresolvable host (socket.gaierror); ValueError covers bad values and encodings.
USER_ERRORS = (OSError, ValueError)
#: Exceptions that bad input can cause deep inside a library (a huge integer, absurdly
#: nested data, a size that cannot be allocated): one line, traceback with T2SA_DEBUG=1.
INPUT_LIMIT_ERRORS = (OverflowError, RecursionError, MemoryError)
DEBUG_ENV = "T2SA_DEBUG"


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    if isinstance(e, OSError) and e.filename is not None and str(e.filename) not in msg:
        msg = f"{e.filename}: {msg}"
    return msg if len(msg) <= 500 else msg[:497] + "..."


def _top_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="t2sa",
        description="Natural language to spatial audio parameters, and a deterministic "
                    "renderer. Azimuth 0 = front, +90 = right; elevation + up; distance in m.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, helptext) in COMMANDS.items():
        sub.add_parser(name, help=helptext, add_help=False)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        parser = _top_parser()
        if argv and argv[0] not in ("-h", "--help"):
            parser.print_usage(sys.stderr)
            print(f"error: unknown command {argv[0]!r} (one of {', '.join(COMMANDS)})",
                  file=sys.stderr)
            return 2
        parser.print_help()
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    module_name, helptext = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"t2sa {name}", description=helptext,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    module.add_arguments(parser)
    args = parser.parse_args(rest)
    try:
        return int(module.run(args) or 0)
    except USER_ERRORS as e:
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"error: {_one_line(e)}", file=sys.stderr)
        return 2
    except INPUT_LIMIT_ERRORS as e:
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"error: input too large or too deeply nested ({type(e).__name__}: "
              f"{_one_line(e)}); set {DEBUG_ENV}=1 for the traceback", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
