"""queue numbers: each booth hands out 1, 2, 3… to those scanned in as waiting

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 14:40:00

``booth_queue.queue_no`` is the number the booth says aloud and the hall screen shows (never a
name). Numbers start again at 1 on each day a booth works (the fair's, or a rehearsal day);
entries made before this revision have none.

``fair.typical_interview_minutes`` is the interview length the predicted waits use until a
booth has about ten interviews of its own (8 minutes unless the organizer sets another).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('booth_queue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('queue_no', sa.Integer(), nullable=True))
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'typical_interview_minutes', sa.Integer(), server_default='8', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.drop_column('typical_interview_minutes')
    with op.batch_alter_table('booth_queue', schema=None) as batch_op:
        batch_op.drop_column('queue_no')
