"""Every file JobFair writes for the user goes through ``write_file``: one place for the rules.

- Never over the open database, its ``-wal``, ``-shm`` or ``-journal`` companions, nor the
  station's own files in the data folder (its outbox, which holds records not yet delivered,
  and its settings): compared by resolved path, and by identity (``os.path.samefile``) where
  the file exists, so a symbolic or hard link to them is refused too.
- Never over an existing file unless the caller says so (``--force`` on the command line; in
  the window, the save dialog has already asked).
- Atomically: the bytes go to a temporary file beside the target, are flushed to the disk, and
  only then take the target's name (``os.replace``). A failure half-way leaves the old file as
  it was and no temporary file behind.
- Files holding personal data are created readable by the user only (0600).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from jobfair.domain.errors import OutputError, OutputExistsError, ProtectedOutputError

SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")
OUTBOX_PREFIX = "outbox-"  # jobfair.services.sync.outbox.outbox_path names the station's outboxes
PRIVATE_MODE = 0o600

Writer = Callable[[BinaryIO], object]

__all__ = ["OutputError", "OutputExistsError", "OutputGuard", "ProtectedOutputError",
           "sqlite_file", "write_file"]


@dataclass(frozen=True)
class OutputGuard:
    """What no output may replace.

    Attributes:
        database_files: the open SQLite database and its companions (empty on PostgreSQL).
        data_dir: the station's data folder; files in it named like an outbox, or listed in
            ``own_names``, are the station's own.
        own_names: names of the station's own files in ``data_dir`` (the default database, the
            settings), each with its SQLite companions.
    """

    database_files: tuple[Path, ...] = ()
    data_dir: Path | None = None
    own_names: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def for_station(
        cls, db_url: str | None, data_dir: Path | None, own_names: Iterable[str] = ()
    ) -> OutputGuard:
        database = sqlite_file(db_url) if db_url else None
        files = tuple(Path(f"{database}{s}") for s in SQLITE_COMPANIONS) if database else ()
        names = frozenset(f"{n}{s}" for n in own_names for s in SQLITE_COMPANIONS)
        return cls(files, data_dir, names)

    def check(self, path: Path) -> None:
        """Raise ``ProtectedOutputError`` when ``path`` is one of the files guarded."""
        target = _resolved(path)
        for protected in self.database_files:
            if _same(target, protected):
                raise ProtectedOutputError(path=str(path))
        if self.data_dir is None:
            return
        folder = _resolved(self.data_dir)
        if target.parent == folder and self._station_name(target.name):
            raise ProtectedOutputError(ProtectedOutputError.STATION_FILE, path=str(path))
        if target.exists() and folder.is_dir():
            # A hard link elsewhere to one of the station's files is the same file.
            with contextlib.suppress(OSError):
                for entry in folder.iterdir():
                    if self._station_name(entry.name) and _same(target, entry):
                        raise ProtectedOutputError(
                            ProtectedOutputError.STATION_FILE, path=str(path))

    def _station_name(self, name: str) -> bool:
        return name.startswith(OUTBOX_PREFIX) or name in self.own_names


def sqlite_file(db_url: str) -> Path | None:
    """The file of a SQLite database URL, or ``None`` (PostgreSQL, in memory, not a URL)."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    name = url.database
    if name == ":memory:" or (name.startswith("file:") and "mode=memory" in name):
        return None
    if name.startswith("file:"):
        name = name[len("file:"):].split("?", 1)[0]
    return Path(name).expanduser()


def write_file(
    path: str | os.PathLike[str],
    write: Writer | bytes,
    *,
    guard: OutputGuard | None = None,
    overwrite: bool = False,
    private: bool = True,
) -> Path:
    """Write ``write`` (bytes, or a function that writes into the binary file it is given) to
    ``path`` by the rules above, and return the path.

    ``overwrite``: replace an existing file (the user said so). ``private``: the file holds
    personal data, readable by the user only; otherwise it gets the usual mode (umask).
    Raises ``OutputError`` (``ProtectedOutputError``, ``OutputExistsError``); whatever else
    ``write`` raises (a cancel) passes through, with no file left behind.
    """
    target = Path(path)
    if guard is not None:
        guard.check(target)
    if target.is_dir():
        raise OutputError(path=str(target), reason=os.strerror(21))  # EISDIR
    if not overwrite and (target.exists() or target.is_symlink()):
        raise OutputExistsError(path=str(target))
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _output_error(target, exc) from exc
    tmp = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as out:
                if isinstance(write, bytes):
                    out.write(write)
                else:
                    write(out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, PRIVATE_MODE if private else 0o666 & ~_umask())
            if overwrite:
                os.replace(tmp, target)
            else:
                _place_new(tmp, target)
        except OSError as exc:
            raise _output_error(target, exc) from exc
        _sync_folder(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def _place_new(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target`` only if no file took that name meanwhile: a hard link
    fails on an existing name, where a rename would replace it."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExistsError(path=str(target)) from None
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise OutputExistsError(path=str(target)) from None
        os.replace(tmp, target)


def _output_error(target: Path, exc: OSError) -> OutputError:
    return OutputError(path=str(target), reason=exc.strerror or str(exc))


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path.expanduser()))
    except OSError:
        return Path(os.path.abspath(path))


def _same(a: Path, b: Path) -> bool:
    if _resolved(a) == _resolved(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
