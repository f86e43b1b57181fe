"""accounts and roles, offline stations' conflicts

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 02:00:00

``account`` holds the people who sign in (organizer, desk, booth bound to its booth) with an
argon2 hash of their PIN or password; ``audit_event.account_id`` names the signed-in account
behind a write. ``sync_conflict`` keeps what an offline station delivered late and that collided
with what other stations recorded meanwhile, until an organizer has looked at it. Both new tables
announce their changes to other stations on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

NOTIFYING = ('account', 'sync_conflict')


def upgrade() -> None:
    op.create_table(
        'account',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('login', sa.String(length=60), nullable=False),
        sa.Column('display_name', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('booth_id', sa.Integer(), nullable=True),
        sa.Column('secret_hash', sa.String(length=255), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_sign_in_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['booth_id'], ['booth.id'], name=op.f('fk_account_booth_id_booth'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
        sa.UniqueConstraint('login', name=op.f('uq_account_login')),
    )
    op.create_table(
        'sync_conflict',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('fair_id', sa.Integer(), nullable=True),
        sa.Column('station_id', sa.Uuid(), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('record_kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.String(length=60), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('params', sa.JSON(), nullable=True),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('resolved_by', sa.String(length=100), nullable=False),
        sa.Column('resolution_note', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_fair_id'), ['fair_id'], unique=False)
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_id', sa.Uuid(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        for table in NOTIFYING:
            op.execute(
                f'CREATE TRIGGER jobfair_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON '
                f'"{table}" FOR EACH ROW EXECUTE FUNCTION jobfair_notify_change()'
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in NOTIFYING:
            op.execute(f'DROP TRIGGER IF EXISTS jobfair_notify_{table} ON "{table}"')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('account_id')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_fair_id'))
    op.drop_table('sync_conflict')
    op.drop_table('account')
