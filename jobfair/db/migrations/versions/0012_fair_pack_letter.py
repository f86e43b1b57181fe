"""the covering letter of the employers' result packs, per fair

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 14:50:00

``fair.pack_letter`` holds the letter the centre prints at the top of each employer's result
pack; empty (NULL) means the default letter, in the language of the pack.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pack_letter', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.drop_column('pack_letter')
