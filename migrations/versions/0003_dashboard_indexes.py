"""dashboard indexes: timelines by publication time, articles by last change

Revision ID: 0003
Revises: 0004
Create Date: 2026-11-27

Numbered 0003 as planned for the dashboard, chained on the head it found (0004), so the
history stays linear: 0001 → 0002 → 0004 → 0003.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The timeline walks versions newest first by publication time (fetch time when undated).
    op.create_index('ix_versions_effective', 'versions', [sa.text('coalesce(published, fetched_at)'), 'id'], unique=False)
    # A stance's transitions in time order (latest moves; the state when a window opens).
    op.create_index('ix_transitions_stance_at', 'transitions', ['stance', sa.text('coalesce(published, created_at)'), 'id'], unique=False)
    # The article list, most recently changed first.
    op.create_index('ix_articles_last_changed_at', 'articles', ['last_changed_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_articles_last_changed_at', table_name='articles')
    op.drop_index('ix_transitions_stance_at', table_name='transitions')
    op.drop_index('ix_versions_effective', table_name='versions')
