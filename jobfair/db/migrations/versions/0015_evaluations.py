"""evaluations: a recruiter's 1-5 rating and tags from the employer's own list

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 16:30:00

``interview.rating`` (1-5, or none) and the tags in ``interview_tag`` go with the interview's
``notes`` (the private note); ``employer_tag`` is each employer's ordered tag list. Both tables
get the change-notification trigger of 0004 on PostgreSQL (they carry no fair: "any fair").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

NOTIFYING = ('employer_tag', 'interview_tag')


def upgrade() -> None:
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rating', sa.Integer(), nullable=True))
    op.create_table(
        'employer_tag',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('employer_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['employer_id'], ['employer.id'],
                                name=op.f('fk_employer_tag_employer_id_employer'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_employer_tag')),
        sa.UniqueConstraint('employer_id', 'label',
                            name=op.f('uq_employer_tag_employer_id_label')),
    )
    op.create_index(op.f('ix_employer_tag_employer_id'), 'employer_tag', ['employer_id'])
    op.create_table(
        'interview_tag',
        sa.Column('interview_id', sa.Uuid(), nullable=False),
        sa.Column('tag_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['interview_id'], ['interview.id'],
                                name=op.f('fk_interview_tag_interview_id_interview'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['tag_id'], ['employer_tag.id'],
                                name=op.f('fk_interview_tag_tag_id_employer_tag'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('interview_id', 'tag_id', name=op.f('pk_interview_tag')),
    )
    op.create_index(op.f('ix_interview_tag_tag_id'), 'interview_tag', ['tag_id'])
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
    op.drop_index(op.f('ix_interview_tag_tag_id'), table_name='interview_tag')
    op.drop_table('interview_tag')
    op.drop_index(op.f('ix_employer_tag_employer_id'), table_name='employer_tag')
    op.drop_table('employer_tag')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_column('rating')
