"""The role rules, enforced where the work is done: every service that needs a permission calls
``require`` with the actor it was given, so a hidden button is never the only guard.
"""

from __future__ import annotations

from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import REFUSALS, Permission, Role, allows
from jobfair.services.context import Actor

__all__ = ["AccessDeniedError", "Permission", "Role", "booth_scope", "may", "require"]


class AccessDeniedError(JobFairError):
    """The signed-in account's role does not allow the action.

    Attributes:
        permission: what was needed.
    """

    def __init__(self, template: str, permission: Permission, **params: object) -> None:
        self.permission = permission
        super().__init__(template, **params)


def may(actor: Actor, permission: Permission, *, booth_id: int | None = None) -> bool:
    """Whether ``actor`` may do what ``permission`` covers (at ``booth_id``, for a booth).

    Fails closed: a booth account without a booth (its booth was deleted) may do nothing.
    """
    if not allows(actor.role, permission):
        return False
    if actor.role is not Role.BOOTH:
        return True
    if actor.booth_id is None:
        return False
    return booth_id is None or actor.booth_id == booth_id


def require(actor: Actor, permission: Permission, *, booth_id: int | None = None) -> None:
    """Raise ``AccessDeniedError`` unless ``actor`` may do what ``permission`` covers.

    For a booth account and a ``booth_id``, the booth must be the account's own.
    """
    if not allows(actor.role, permission):
        raise AccessDeniedError(REFUSALS[permission], permission)
    if actor.role is Role.BOOTH and actor.booth_id is None:
        raise _without_booth(permission)
    if not may(actor, permission, booth_id=booth_id):  # allowed, but not at another booth
        raise AccessDeniedError(
            QT_TRANSLATE_NOOP(
                "errors", "This account works for its own booth only, not for another booth."
            ),
            permission,
        )


def booth_scope(actor: Actor) -> int | None:
    """The only booth ``actor`` may see interviews of, or ``None`` when it may see all.

    A booth account without a booth is refused here, never given ``None`` (all booths).
    """
    if actor.role is not Role.BOOTH:
        return None
    if actor.booth_id is None:
        raise _without_booth(Permission.INTERVIEW)
    return actor.booth_id


# A booth account whose booth is gone: refused at sign-in and by every booth-scoped check.
NO_BOOTH = QT_TRANSLATE_NOOP(
    "errors",
    "This booth account has no booth any more (it was deleted). Ask an organizer to give the "
    "account a booth.",
)


def _without_booth(permission: Permission) -> AccessDeniedError:
    return AccessDeniedError(NO_BOOTH, permission)
