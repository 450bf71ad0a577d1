"""dashboard indexes: timelines by publication time, articles by last change, article search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

Numbered 0003 as planned for the dashboard, chained on the head it found (0004), so the
history stays linear: 0001 → 0002 → 0004 → 0003.
"""

import logging

from alembic import context, op
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

log = logging.getLogger("alembic.runtime.migration")


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The timeline walks versions newest first by publication time (fetch time when undated).
    op.create_index('ix_versions_effective', 'versions', [sa.text('coalesce(published, fetched_at)'), 'id'], unique=False)
    # A stance's transitions in time order (latest moves; the state when a window opens).
    op.create_index('ix_transitions_stance_at', 'transitions', ['stance', sa.text('coalesce(published, created_at)'), 'id'], unique=False)
    # The article list, most recently changed first.
    op.create_index('ix_articles_last_changed_at', 'articles', ['last_changed_at', 'id'], unique=False)
    # Article search (ILIKE '%…%' on title and URL) on PostgreSQL: trigram indexes, when the
    # pg_trgm extension can be installed (it is "trusted": the database owner may). Without
    # it the search scans the articles, which is still correct.
    if op.get_context().dialect.name == 'postgresql':
        if context.is_offline_mode():
            op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        else:
            bind = op.get_bind()
            try:
                with bind.begin_nested():
                    bind.exec_driver_sql('CREATE EXTENSION IF NOT EXISTS pg_trgm')
            except DBAPIError as exc:
                log.warning("pg_trgm not available (%s): article search will scan", str(exc).splitlines()[0])
                return
        op.create_index('ix_articles_title_trgm', 'articles', ['title'], unique=False,
                        postgresql_using='gin', postgresql_ops={'title': 'gin_trgm_ops'})
        op.create_index('ix_articles_url_trgm', 'articles', ['url'], unique=False,
                        postgresql_using='gin', postgresql_ops={'url': 'gin_trgm_ops'})


def downgrade() -> None:
    op.execute('DROP INDEX IF EXISTS ix_articles_url_trgm')
    op.execute('DROP INDEX IF EXISTS ix_articles_title_trgm')
    op.drop_index('ix_articles_last_changed_at', table_name='articles')
    op.drop_index('ix_transitions_stance_at', table_name='transitions')
    op.drop_index('ix_versions_effective', table_name='versions')
