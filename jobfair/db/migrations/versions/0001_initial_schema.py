"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 23:02:58.723327
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=True),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_at', ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_fair_id'), ['fair_id'], unique=False)

    op.create_table('fair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('hosts', sa.String(length=400), nullable=False),
    sa.Column('organizer', sa.String(length=200), nullable=False),
    sa.Column('opens_at', sa.Time(), nullable=False),
    sa.Column('closes_at', sa.Time(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('retention_days', sa.Integer(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fair'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('employer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('business_no', sa.String(length=10), nullable=False),
    sa.Column('ksic_section', sa.String(length=1), nullable=False),
    sa.Column('ksic_code', sa.String(length=8), nullable=False),
    sa.Column('size', sa.String(length=20), nullable=False),
    sa.Column('contact_name', sa.String(length=100), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_employer_fair_id_fair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer')),
    sa.UniqueConstraint('fair_id', 'business_no', name=op.f('uq_employer_fair_id_business_no'))
    )
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_fair_id'), ['fair_id'], unique=False)

    op.create_table('seeker',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('badge_no', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('residence', sa.String(length=50), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('desired_keco', sa.String(length=8), nullable=False),
    sa.Column('desired_job', sa.String(length=200), nullable=False),
    sa.Column('groups', sa.JSON(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('consent_collection', sa.Boolean(), nullable=False),
    sa.Column('consent_provision', sa.Boolean(), nullable=False),
    sa.Column('consent_sensitive', sa.Boolean(), nullable=False),
    sa.Column('consent_notice_version', sa.String(length=40), nullable=False),
    sa.Column('consent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_seeker_fair_id_fair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seeker'))
    )
    with op.batch_alter_table('seeker', schema=None) as batch_op:
        batch_op.create_index('ix_seeker_fair_badge_no', ['fair_id', 'badge_no'], unique=True)
        batch_op.create_index('ix_seeker_fair_name', ['fair_id', 'name'], unique=False)
        batch_op.create_index('ix_seeker_fair_phone', ['fair_id', 'phone'], unique=False)

    op.create_table('badge',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seeker_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reprints', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['seeker_id'], ['seeker.id'], name=op.f('fk_badge_seeker_id_seeker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge')),
    sa.UniqueConstraint('code', name=op.f('uq_badge_code')),
    sa.UniqueConstraint('seeker_id', name=op.f('uq_badge_seeker_id'))
    )
    op.create_table('booth',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('grid_row', sa.Integer(), nullable=True),
    sa.Column('grid_col', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_booth_employer_id_employer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_booth_fair_id_fair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booth')),
    sa.UniqueConstraint('fair_id', 'label', name=op.f('uq_booth_fair_id_label'))
    )
    with op.batch_alter_table('booth', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booth_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booth_fair_id'), ['fair_id'], unique=False)

    op.create_table('checkin',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('seeker_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('via', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_checkin_fair_id_fair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['seeker_id'], ['seeker.id'], name=op.f('fk_checkin_seeker_id_seeker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin')),
    sa.UniqueConstraint('seeker_id', name=op.f('uq_checkin_seeker_id'))
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index('ix_checkin_fair_at', ['fair_id', 'at'], unique=False)

    op.create_table('opening',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('keco_code', sa.String(length=8), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('employment_type', sa.String(length=20), nullable=False),
    sa.Column('wage', sa.String(length=100), nullable=False),
    sa.Column('work_place', sa.String(length=200), nullable=False),
    sa.Column('qualifications', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_opening_employer_id_employer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_opening_fair_id_fair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening'))
    )
    with op.batch_alter_table('opening', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opening_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opening_fair_id'), ['fair_id'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('seeker_id', sa.Uuid(), nullable=False),
    sa.Column('booth_id', sa.Integer(), nullable=False),
    sa.Column('opening_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('outcome_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('over_headcount', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['booth_id'], ['booth.id'], name=op.f('fk_interview_booth_id_booth'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_interview_fair_id_fair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opening_id'], ['opening.id'], name=op.f('fk_interview_opening_id_opening'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['seeker_id'], ['seeker.id'], name=op.f('fk_interview_seeker_id_seeker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview'))
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index('ix_interview_fair_booth', ['fair_id', 'booth_id'], unique=False)
        batch_op.create_index('ix_interview_fair_outcome', ['fair_id', 'outcome'], unique=False)
        batch_op.create_index('ix_interview_fair_seeker', ['fair_id', 'seeker_id'], unique=False)
        batch_op.create_index('ix_interview_opening_outcome', ['opening_id', 'outcome'], unique=False)

    op.create_table('station',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('booth_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['booth_id'], ['booth.id'], name=op.f('fk_station_booth_id_booth'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station'))
    )



def downgrade() -> None:

    op.drop_table('station')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_opening_outcome')
        batch_op.drop_index('ix_interview_fair_seeker')
        batch_op.drop_index('ix_interview_fair_outcome')
        batch_op.drop_index('ix_interview_fair_booth')

    op.drop_table('interview')
    with op.batch_alter_table('opening', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opening_fair_id'))
        batch_op.drop_index(batch_op.f('ix_opening_employer_id'))

    op.drop_table('opening')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index('ix_checkin_fair_at')

    op.drop_table('checkin')
    with op.batch_alter_table('booth', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booth_fair_id'))
        batch_op.drop_index(batch_op.f('ix_booth_employer_id'))

    op.drop_table('booth')
    op.drop_table('badge')
    with op.batch_alter_table('seeker', schema=None) as batch_op:
        batch_op.drop_index('ix_seeker_fair_phone')
        batch_op.drop_index('ix_seeker_fair_name')
        batch_op.drop_index('ix_seeker_fair_badge_no')

    op.drop_table('seeker')
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_fair_id'))

    op.drop_table('employer')
    op.drop_table('setting')
    op.drop_table('fair')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_fair_id'))
        batch_op.drop_index('ix_audit_event_at')

    op.drop_table('audit_event')

