"""opening requirements: answers an opening asks of the fair's own fields, for matching

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 17:15:00

``opening.requirements`` holds, as JSON, the answers an opening requires of the fair's choice
and yes / no fields (``[{"key": "driving", "answer": true}]``); matching gives points when a
seeker's answer meets one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('opening', schema=None) as batch_op:
        batch_op.add_column(sa.Column('requirements', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('opening', schema=None) as batch_op:
        batch_op.drop_column('requirements')
