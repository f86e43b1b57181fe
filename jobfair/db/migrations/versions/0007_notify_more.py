"""change notifications for the follow-up calls and the recommendations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 01:00:00

Revision 0004 put the NOTIFY trigger on the tables that existed then; the follow-up calls (0005)
and the recommendations (0006) are written by stations too, so other stations hear of them at
once instead of at their next refresh. On SQLite this revision does nothing.
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('follow_up_call', 'recommendation')


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(
            f'CREATE TRIGGER jobfair_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            'FOR EACH ROW EXECUTE FUNCTION jobfair_notify_change()'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS jobfair_notify_{table} ON "{table}"')
