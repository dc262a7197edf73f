"""The initial schema: every table of a case, the audit log (append-only) and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

Written out explicitly: migrations never import the live models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The audit log is append-only at the SQL level too: updates and deletes raise.
AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""",
)

# One row per case; prefix queries, case- and accent-insensitive.
CASE_SEARCH = (
    "CREATE VIRTUAL TABLE case_search USING fts5("
    "case_id UNINDEXED, reference, names, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_case_id_at', ['case_id', 'at'], unique=False)

    op.create_table('cases',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=False),
    sa.Column('aftercare_not_needed', sa.Boolean(), nullable=False),
    sa.Column('close_overrides', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('reference', name=op.f('uq_cases_reference'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_status_opened_on', ['status', 'opened_on'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('class_name', sa.String(length=40), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('is_pupil', sa.Boolean(), nullable=False),
    sa.Column('name_key', sa.String(length=420), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_last_name_first_name', ['last_name', 'first_name'], unique=False)

    op.create_table('school_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_school_settings'))
    )
    op.create_table('approach_decisions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('recommended', sa.String(length=40), nullable=True),
    sa.Column('choice', sa.String(length=40), nullable=False),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('group_method', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_approach_decisions_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approach_decisions'))
    )
    with op.batch_alter_table('approach_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approach_decisions_case_id'), ['case_id'], unique=False)

    op.create_table('care_team_consultations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_care_team_consultations_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_team_consultations'))
    )
    with op.batch_alter_table('care_team_consultations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_team_consultations_case_id'), ['case_id'], unique=False)

    op.create_table('case_notes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_notes_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_notes'))
    )
    with op.batch_alter_table('case_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_notes_case_id'), ['case_id'], unique=False)

    op.create_table('conversations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('form_id', sa.String(length=80), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('participant_ids', sa.JSON(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('finished', sa.Boolean(), nullable=False),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('group_method', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_conversations_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversations'))
    )
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversations_case_id'), ['case_id'], unique=False)

    op.create_table('drafts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=True),
    sa.Column('form_id', sa.String(length=80), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_drafts_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts'))
    )
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drafts_case_id'), ['case_id'], unique=False)

    op.create_table('evidence_items',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('provided_by', sa.String(length=200), nullable=False),
    sa.Column('captured_on', sa.Date(), nullable=True),
    sa.Column('platform', sa.Text(), nullable=False),
    sa.Column('confidentiality', sa.String(length=40), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=True),
    sa.Column('not_imported_sexual_content', sa.Boolean(), nullable=False),
    sa.Column('holder', sa.Text(), nullable=False),
    sa.Column('police_reference', sa.Text(), nullable=False),
    sa.Column('blob_id', sa.String(length=64), nullable=True),
    sa.Column('blob_key', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_evidence_items_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_items'))
    )
    with op.batch_alter_table('evidence_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_items_case_id'), ['case_id'], unique=False)

    op.create_table('external_contacts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('body', sa.String(length=40), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=True),
    sa.Column('is_formal_report', sa.Boolean(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_external_contacts_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_contacts'))
    )
    with op.batch_alter_table('external_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_external_contacts_case_id'), ['case_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('with_whom', sa.Text(), nullable=False),
    sa.Column('step', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_follow_ups_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_follow_ups_held_on_planned_on', ['held_on', 'planned_on'], unique=False)
        batch_op.create_index('ix_follow_ups_case_id_held_on_planned_on', ['case_id', 'held_on', 'planned_on'], unique=False)

    op.create_table('observations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('signs', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_observations_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observations'))
    )
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observations_case_id'), ['case_id'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('person_id', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('related_to', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_participants_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_participants_person_id_people'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['related_to'], ['participants.id'], name=op.f('fk_participants_related_to_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_case_id_role', ['case_id', 'role'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_person_id'), ['person_id'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reporter_kind', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('media', sa.JSON(), nullable=False),
    sa.Column('platforms', sa.Text(), nullable=False),
    sa.Column('forms', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('victim_reports_personally', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_reports_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports')),
    sa.UniqueConstraint('case_id', name=op.f('uq_reports_case_id'))
    )
    op.create_table('severity_assessments',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('assessed_at', sa.DateTime(), nullable=False),
    sa.Column('severity', sa.String(length=40), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('sexual_or_transgressive', sa.Boolean(), nullable=False),
    sa.Column('flag', sa.String(length=40), nullable=True),
    sa.Column('flag_notes', sa.JSON(), nullable=False),
    sa.Column('legal_checks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_severity_assessments_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_severity_assessments'))
    )
    with op.batch_alter_table('severity_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_severity_assessments_case_id'), ['case_id'], unique=False)

    op.create_table('triages',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('digital', sa.Boolean(), nullable=False),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.Column('proposed', sa.String(length=40), nullable=False),
    sa.Column('classification', sa.String(length=40), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_triages_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_triages'))
    )
    with op.batch_alter_table('triages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triages_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_triages_case_id_decided_at', ['case_id', 'decided_at'], unique=False)

    op.create_table('agreements',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('who', sa.Text(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('conversation_id', sa.String(length=32), nullable=True),
    sa.Column('status_changed_on', sa.Date(), nullable=True),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_agreements_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_agreements_conversation_id_conversations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_agreements_status_due', ['status', 'due'], unique=False)
        batch_op.create_index('ix_agreements_case_id_status_due', ['case_id', 'status', 'due'], unique=False)

    op.create_table('amendments',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('conversation_id', sa.String(length=32), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_amendments_conversation_id_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendments'))
    )
    with op.batch_alter_table('amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendments_conversation_id'), ['conversation_id'], unique=False)

    op.create_table('parent_involvement_wishes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('pupil_participant_id', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('wishes_no_parents', sa.Boolean(), nullable=False),
    sa.Column('judged_competent', sa.Boolean(), nullable=False),
    sa.Column('judged_by', sa.String(length=200), nullable=False),
    sa.Column('judged_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_parent_involvement_wishes_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_participant_id'], ['participants.id'], name=op.f('fk_parent_involvement_wishes_pupil_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parent_involvement_wishes'))
    )
    with op.batch_alter_table('parent_involvement_wishes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parent_involvement_wishes_case_id'), ['case_id'], unique=False)

    op.create_table('parent_overrides',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('pupil_participant_id', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_parent_overrides_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_participant_id'], ['participants.id'], name=op.f('fk_parent_overrides_pupil_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parent_overrides'))
    )
    with op.batch_alter_table('parent_overrides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parent_overrides_case_id'), ['case_id'], unique=False)

    op.create_table('repair_agreements',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('bully_participant_ids', sa.JSON(), nullable=False),
    sa.Column('engagements', sa.JSON(), nullable=False),
    sa.Column('support_figures', sa.JSON(), nullable=False),
    sa.Column('term', sa.Date(), nullable=False),
    sa.Column('evaluation_on', sa.Date(), nullable=False),
    sa.Column('conversation_id', sa.String(length=32), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_repair_agreements_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_repair_agreements_conversation_id_conversations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_agreements'))
    )
    with op.batch_alter_table('repair_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_agreements_case_id'), ['case_id'], unique=False)

    op.create_table('victim_consents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('victim_participant_id', sa.String(length=32), nullable=False),
    sa.Column('consents', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_victim_consents_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['victim_participant_id'], ['participants.id'], name=op.f('fk_victim_consents_victim_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_victim_consents'))
    )
    with op.batch_alter_table('victim_consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_victim_consents_case_id'), ['case_id'], unique=False)

    op.execute(CASE_SEARCH)
    # The FTS row of each case (FTS5 can not index case_id; see store.search._search_doc).
    op.execute(
        "CREATE TABLE case_search_keys (case_id VARCHAR(32) NOT NULL PRIMARY KEY, "
        "doc INTEGER NOT NULL UNIQUE)"
    )
    # Deleted or replaced index rows are removed from the index itself, not only marked.
    op.execute("INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1)")
    for trigger in AUDIT_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    op.execute("DROP TABLE IF EXISTS case_search_keys")
    op.execute("DROP TABLE IF EXISTS case_search")
    op.drop_table('victim_consents')
    op.drop_table('repair_agreements')
    op.drop_table('parent_overrides')
    op.drop_table('parent_involvement_wishes')
    op.drop_table('amendments')
    op.drop_table('agreements')
    op.drop_table('triages')
    op.drop_table('severity_assessments')
    op.drop_table('reports')
    op.drop_table('participants')
    op.drop_table('observations')
    op.drop_table('follow_ups')
    op.drop_table('external_contacts')
    op.drop_table('evidence_items')
    op.drop_table('drafts')
    op.drop_table('conversations')
    op.drop_table('case_notes')
    op.drop_table('care_team_consultations')
    op.drop_table('approach_decisions')
    op.drop_table('school_settings')
    op.drop_table('people')
    op.drop_table('cases')
    op.drop_table('audit_events')
