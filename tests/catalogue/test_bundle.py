"""The bundle's eight categories and seven tasks as reference data."""

from __future__ import annotations

from sqlalchemy import select

from familjecenter_desktop.catalogue.bundle import (
    CATEGORY_KEYS,
    TASK_KEYS,
    ensure_bundle_reference_data,
)
from familjecenter_desktop.db.models import BundleCategory, FamilyTask


def test_categories_and_tasks_in_three_languages(workspace):
    """Eight categories and seven tasks, in order, each named in fi, sv and en."""
    with workspace.session() as session:
        ensure_bundle_reference_data(session)

        categories = session.scalars(
            select(BundleCategory).order_by(BundleCategory.position)
        ).all()
        tasks = session.scalars(select(FamilyTask).order_by(FamilyTask.position)).all()

        assert [c.key for c in categories] == list(CATEGORY_KEYS)
        assert [t.key for t in tasks] == list(TASK_KEYS)
        assert all(set(row.name) == {"fi", "sv", "en"} for row in [*categories, *tasks])
    assert CATEGORY_KEYS == (
        "social_health",
        "specialised",
        "education_municipal",
        "health_promotion",
        "ngo_parish",
        "kela",
        "meeting_place",
        "e_services",
    )
    assert TASK_KEYS == (
        "wellbeing",
        "parenthood",
        "early_support",
        "separation",
        "diversity",
        "violence_prevention",
        "meeting_place",
    )


def test_ensure_is_idempotent_and_repairs_names(workspace):
    """A second call adds nothing and restores an edited name."""
    with workspace.session() as session:
        ensure_bundle_reference_data(session)
        session.get(FamilyTask, "separation").name = {"fi": "väärin"}
        session.flush()

        ensure_bundle_reference_data(session)

        rows = session.scalars(select(FamilyTask)).all()
        assert len(rows) == 7
        assert session.get(FamilyTask, "separation").name["sv"].startswith("Separation")
