"""The unit every source hands to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Document:
    """One fetched or read article, already extracted to plain text."""

    url: str
    source: str
    title: str | None
    text: str
    published: datetime | None
    fetched_at: datetime
    origin: str  # the file path or URL, for messages

    @property
    def effective_time(self) -> datetime:
        """When the article reports its content: its publication, else when we saw it."""
        return self.published or self.fetched_at
