"""the station's role per audit event

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00

A PC keeps one station id (and name) whatever role it serves; until now the booth screen renamed
the PC's ``station`` row to a booth, so every later desk check-in of that PC read as a booth's.
``audit_event.station_kind`` records the role (desk, booth, organizer) the write was made in.
Older events keep it empty: their role is not known.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('station_kind', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('station_kind')
