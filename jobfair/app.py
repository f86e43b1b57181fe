"""The composition root: arguments -> configuration -> translator -> window or command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from jobfair import cli, i18n
from jobfair.config import load_config
from jobfair.logs import log_folder, setup_logging

_OPTIONS_WITH_VALUE = ("--db", "--lang", "--user")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``jobfair`` with ``argv`` (default: the process arguments); returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_gui = command_of(args_list) in (None, "gui", "hall", "kiosk")
    if not wants_gui:
        # The command line translates its help and messages too, from the same catalogue as the
        # window but without loading Qt (the window installs Qt's translator instead).
        requested = load_config(language=_lang_of(args_list)).language
        i18n.use_language(i18n.resolve_language(requested))
    try:
        args = cli.parse(args_list)
    except cli.UsageError as exc:
        return cli.print_usage_error(exc)
    config = load_config(db=args.db, language=args.lang, create=bool(args.create))
    setup_logging(log_folder(config.data_dir))
    if args.command in (None, "gui", "hall", "kiosk"):
        # The frame first, from Qt alone; the database and the stations load behind it.
        from jobfair.gui.shell.frame import show_frame

        frame = show_frame(config)
        from jobfair.gui.shell.application import HallStart, run_gui

        if args.command == "kiosk":
            return run_gui(config, frame=frame, kiosk=True)
        hall = HallStart(args.group, args.alternate) if args.command == "hall" else None
        return run_gui(config, frame=frame, hall=hall)
    return cli.run_command(args, config, sys.stdout, sys.stderr)


def command_of(argv: list[str]) -> str | None:
    """The first word that is not an option or an option's value, or ``None``."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _OPTIONS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help"):
                return "help"
            continue
        return arg
    return None


def _lang_of(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
