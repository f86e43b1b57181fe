"""Database passwords kept in the operating system's credential store, never in a plain file.

A station remembers which server it works on in its settings file; the password for that server
goes only to the system's keyring (Windows Credential Manager, the macOS Keychain, the Secret
Service on a Linux desktop) through the ``keyring`` package. Where no usable store exists (a
headless Linux PC gets keyring's "fail" or "null" backend) the password is not remembered at all:
the station asks for it again.

Entries are named by the address without its password (``user@host:port/database``), so two
servers, or two logins on one server, keep their own passwords.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from sqlalchemy.engine import URL

SERVICE = "JobFair"


def _unusable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends
    return False


def store_available() -> bool:
    """Whether this PC has a credential store that keeps a password."""
    try:
        return not _unusable(keyring.get_keyring())
    except Exception:  # a broken backend configuration is no store
        return False


def entry_name(url: URL) -> str:
    """The keyring entry of ``url``: the address without its password, and without the driver."""
    return f"{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"


def save_password(url: URL) -> bool:
    """Keep ``url``'s password in the credential store; whether it was kept."""
    if not url.password or not store_available():
        return False
    try:
        keyring.set_password(SERVICE, entry_name(url), str(url.password))
    except keyring.errors.KeyringError:
        return False
    return True


def load_password(url: URL) -> str | None:
    """The password remembered for ``url``'s login and server, or ``None``."""
    if not store_available():
        return None
    try:
        return keyring.get_password(SERVICE, entry_name(url))
    except keyring.errors.KeyringError:
        return None


def forget_password(url: URL) -> None:
    """Remove a remembered password for ``url`` (nothing happens when there is none)."""
    if not store_available():
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # PasswordDeleteError: there was none
        keyring.delete_password(SERVICE, entry_name(url))
