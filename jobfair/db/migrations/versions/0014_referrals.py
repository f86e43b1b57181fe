"""referrals: the booths named to a seeker at check-in as where to go next

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 16:30:00

At check-in (desk slip or kiosk screen) a seeker is told the three booths whose openings fit
them, with positions left and the shortest waits. ``referral`` keeps which booths were named, so
the dashboard can show per booth how many were sent there and how many of those interviewed.
A seeker is named a booth once (a second check-in does not count twice).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'referral',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('fair_id', sa.Integer(), nullable=False),
        sa.Column('seeker_id', sa.Uuid(), nullable=False),
        sa.Column('booth_id', sa.Integer(), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['booth_id'], ['booth.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['seeker_id'], ['seeker.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('seeker_id', 'booth_id'),
    )
    op.create_index('ix_referral_fair_booth', 'referral', ['fair_id', 'booth_id'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        # other stations' dashboards hear of a referral at once (see 0004)
        op.execute(
            'CREATE TRIGGER jobfair_notify_referral AFTER INSERT OR UPDATE OR DELETE ON "referral" '
            'FOR EACH ROW EXECUTE FUNCTION jobfair_notify_change()'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS jobfair_notify_referral ON "referral"')
    op.drop_index('ix_referral_fair_booth', table_name='referral')
    op.drop_table('referral')
