"""fair fields: a fair's own registration fields, and the seekers' answers to them

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 16:30:00

``fair_field`` holds the organizer's definitions (kind, Korean and English label, required,
employer-visible, sensitive, retention, choices, order); ``seeker.answers`` the answers as JSON
by the field's key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'fair_field',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('fair_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('label_ko', sa.String(length=100), nullable=False),
        sa.Column('label_en', sa.String(length=100), nullable=False),
        sa.Column('required', sa.Boolean(), nullable=False),
        sa.Column('employer_visible', sa.Boolean(), nullable=False),
        sa.Column('sensitive', sa.Boolean(), nullable=False),
        sa.Column('retention_days', sa.Integer(), nullable=True),
        sa.Column('choices', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_fair_field_fair_id_fair'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fair_field')),
        sa.UniqueConstraint('fair_id', 'key', name=op.f('uq_fair_field_fair_id_key')),
    )
    op.create_index(op.f('ix_fair_field_fair_id'), 'fair_field', ['fair_id'], unique=False)
    with op.batch_alter_table('seeker', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answers', sa.JSON(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        # a field defined or changed shows on every station at once (see jobfair.db.notify)
        op.execute(
            'CREATE TRIGGER jobfair_notify_fair_field AFTER INSERT OR UPDATE OR DELETE ON '
            '"fair_field" FOR EACH ROW EXECUTE FUNCTION jobfair_notify_change()'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS jobfair_notify_fair_field ON "fair_field"')
    # A plain DROP COLUMN (SQLite 3.35 and later have it), not a batch copy of the table: the
    # copy would lose the expression index on the phone's last digits (0008).
    op.drop_column('seeker', 'answers')
    op.drop_index(op.f('ix_fair_field_fair_id'), table_name='fair_field')
    op.drop_table('fair_field')
