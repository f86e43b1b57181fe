"""change notifications for live sync (PostgreSQL)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 00:10:00

A trigger on every table the screens show sends ``NOTIFY jobfair_changes, '<fair id>'`` for each
written row (``'0'`` for rows without a fair, e.g. badges), so every writer - window, command line
or script - tells the other stations. PostgreSQL folds equal notifications of one transaction into
one and delivers them at commit. On SQLite this revision does nothing: stations poll there.
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = (
    'fair', 'employer', 'booth', 'opening', 'station', 'seeker', 'checkin', 'badge', 'interview',
    'booth_queue',
)

FUNCTION = """
CREATE OR REPLACE FUNCTION jobfair_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    fair text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        fair := to_jsonb(OLD) ->> 'fair_id';
    ELSE
        fair := to_jsonb(NEW) ->> 'fair_id';
    END IF;
    IF TG_TABLE_NAME = 'fair' THEN
        fair := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    END IF;
    PERFORM pg_notify('jobfair_changes', COALESCE(fair, '0'));
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(FUNCTION)
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
    op.execute('DROP FUNCTION IF EXISTS jobfair_notify_change()')
