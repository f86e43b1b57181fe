"""The command line's commands as light registration: names, help texts and arguments.

Building the parser (every run, ``--help`` included) imports only these modules and
``jobfair.cli.base``; a command's implementation (``jobfair.cli.<group>_commands``, and with it
SQLAlchemy, the services, reportlab) is imported by the group's ``run`` when that command runs.

To add a command: in a module here, ``register(sub, common)`` adds its parser(s) and returns
``dict.fromkeys(("name", ...), run)``; ``run(args, session, out)`` imports the implementation
module inside the function and calls it (``args.command`` names the command). Then list the
module in ``GROUPS`` (the order of ``jobfair --help``).
"""

from __future__ import annotations

from types import ModuleType

from jobfair.cli.parsers import (
    account,
    booth,
    db_role,
    desk,
    fair,
    kiosk,
    matching,
    purge,
    rehearsal,
    report,
)

GROUPS: tuple[ModuleType, ...] = (
    fair, desk, booth, report, purge, matching, account, rehearsal, db_role, kiosk,
)
