"""follow-up after the fair: final outcomes and the call list

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 00:40:00

Adds the follow-up fields to ``interview`` (``final_outcome``: hired | not_hired | withdrawn or
NULL while not known, ``final_outcome_on``, ``follow_up_note``, ``follow_up_updated_at``), kept
apart from the fair-day ``outcome``, and the ``follow_up_call`` table of calls made for the list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('final_outcome', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('final_outcome_on', sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column('follow_up_note', sa.Text(), nullable=False, server_default='')
        )
        batch_op.add_column(
            sa.Column('follow_up_updated_at', sa.DateTime(timezone=True), nullable=True)
        )

    op.create_table('follow_up_call',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_follow_up_call_interview_id_interview'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_call'))
    )
    with op.batch_alter_table('follow_up_call', schema=None) as batch_op:
        batch_op.create_index(
            'ix_follow_up_call_interview_at', ['interview_id', 'at'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('follow_up_call', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_up_call_interview_at')
    op.drop_table('follow_up_call')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_column('follow_up_updated_at')
        batch_op.drop_column('follow_up_note')
        batch_op.drop_column('final_outcome_on')
        batch_op.drop_column('final_outcome')
