"""The search document: one folded, searchable text per service and field group."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from familjecenter_desktop.db.base import Base


class SearchDocument(Base):
    """Searchable text of one service, rebuilt whenever the service changes.

    ``name``, ``keywords``, ``organisation``, ``place`` and ``body`` hold the
    texts in every language, case- and accent-folded with stems and compound
    parts added; ``exact`` holds the same texts lower-cased but with accents kept,
    so exact spellings can rank first. The SQLite FTS5 index (and PostgreSQL's
    trigram index) is built over these columns by the migration.
    """

    __tablename__ = "search_document"
    # Browsing by name reads these indexes in order (catalogue/search.py _by_name).
    __table_args__ = tuple(
        Index(f"ix_search_document_sort_{lang}", f"sort_{lang}", "service_id")
        for lang in ("fi", "sv", "en")
    )

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    exact: Mapped[str] = mapped_column(Text, default="")
    rank_boost: Mapped[int] = mapped_column(Integer, default=0)
    # The name in each UI language (or its fallback), folded: the order of a
    # list by name for a reader of that language (catalogue/search.py _by_name).
    sort_fi: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_sv: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_en: Mapped[str] = mapped_column(Text, default="", server_default="")
