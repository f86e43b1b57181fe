"""booth queue, undone interviews

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 10:00:00

Adds ``interview.voided_at`` (an interview undone at the booth stays on record but counts nowhere),
an index for a booth's latest interviews, and the ``booth_queue`` table of seekers waiting at a
booth, with at most one open entry per seeker and booth (a partial unique index).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            'ix_interview_booth_started',
            ['booth_id', 'started_at', 'seeker_id', 'outcome', 'voided_at'], unique=False,
        )

    op.create_table('booth_queue',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('booth_id', sa.Integer(), nullable=False),
    sa.Column('seeker_id', sa.Uuid(), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('called_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['booth_id'], ['booth.id'], name=op.f('fk_booth_queue_booth_id_booth'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_booth_queue_fair_id_fair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['seeker_id'], ['seeker.id'], name=op.f('fk_booth_queue_seeker_id_seeker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booth_queue'))
    )
    with op.batch_alter_table('booth_queue', schema=None) as batch_op:
        batch_op.create_index('ix_booth_queue_booth_queued', ['booth_id', 'queued_at'], unique=False)
        batch_op.create_index('ix_booth_queue_seeker_id', ['seeker_id'], unique=False)
        batch_op.create_index(
            'uq_booth_queue_open', ['booth_id', 'seeker_id'], unique=True,
            sqlite_where=sa.text('done_at IS NULL'), postgresql_where=sa.text('done_at IS NULL'),
        )


def downgrade() -> None:
    with op.batch_alter_table('booth_queue', schema=None) as batch_op:
        batch_op.drop_index('uq_booth_queue_open')
        batch_op.drop_index('ix_booth_queue_seeker_id')
        batch_op.drop_index('ix_booth_queue_booth_queued')

    op.drop_table('booth_queue')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_booth_started')
        batch_op.drop_column('voided_at')
