"""recommendations made before the fair (사전 맞춤 알선)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 00:45:00

Adds the ``recommendation`` table: a counsellor marked an opening as recommended to a seeker,
at most once per (seeker, opening). The report counts how many of these pairs led to
interviews and hires.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recommendation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('seeker_id', sa.Uuid(), nullable=False),
    sa.Column('opening_id', sa.Integer(), nullable=False),
    sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(
        ['fair_id'], ['fair.id'], name=op.f('fk_recommendation_fair_id_fair'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['seeker_id'], ['seeker.id'], name=op.f('fk_recommendation_seeker_id_seeker'),
        ondelete='CASCADE',
    ),
    sa.ForeignKeyConstraint(
        ['opening_id'], ['opening.id'], name=op.f('fk_recommendation_opening_id_opening'),
        ondelete='CASCADE',
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation')),
    sa.UniqueConstraint(
        'seeker_id', 'opening_id', name=op.f('uq_recommendation_seeker_id_opening_id')
    ),
    )
    op.create_index(
        op.f('ix_recommendation_fair_id'), 'recommendation', ['fair_id'], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_recommendation_fair_id'), table_name='recommendation')
    op.drop_table('recommendation')
