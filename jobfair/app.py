"""The composition root: arguments -> configuration -> translator -> window or command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from jobfair import cli, i18n
from jobfair.config import load_config


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The translator must be in place before the parser builds its help texts.
    pre = _peek_language(args_list)
    core = QCoreApplication.instance()
    cli_app: QCoreApplication | None = None
    command_line = bool(args_list) and args_list[0] not in ("gui",) and not args_list[0].startswith("--db")
    if core is None and command_line:
        cli_app = QCoreApplication([sys.argv[0] if sys.argv else "jobfair"])
        core = cli_app
    if core is not None:
        i18n.install(core, i18n.resolve_language(load_config(language=pre).language))
    try:
        args = cli.parse(args_list)
    except cli.UsageError as exc:
        return cli.print_usage_error(exc)
    config = load_config(db=args.db, language=args.lang)
    if args.command in (None, "gui"):
        from jobfair.gui.application import run_gui

        return run_gui(config)
    return cli.run_command(args, config, sys.stdout, sys.stderr)


def _peek_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
