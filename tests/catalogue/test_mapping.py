"""The bundle mapping: shipped rules, the administrator's override, hand placement."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from familjecenter_desktop.catalogue.codelists import code_list_rows
from familjecenter_desktop.catalogue.mapping import (
    DEFAULT_MAPPING,
    MappingError,
    Rule,
    ServiceFacts,
    apply_mapping,
    load_mapping,
    mapping_path,
    place_service_by_hand,
    placement,
    read_mapping,
    release_to_mapping,
)
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.db.models import (
    Service,
    ServiceCategoryLink,
    ServiceTaskLink,
)

DAY_CARE = "4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8"


def _facts(**codes) -> ServiceFacts:
    return ServiceFacts({k: set(v) for k, v in codes.items()}, set(), None)


def test_shipped_rules_use_real_codes():
    """Every code in the shipped rules exists in the shipped code lists."""
    known = {(r["scheme"], r["code"]) for r in code_list_rows()}

    rules = read_mapping(DEFAULT_MAPPING)

    for rule in rules:
        for key, value in rule.match:
            if key in ("service_class", "target_group", "life_event"):
                assert (key, value) in known, value
    assert len(rules) > 30


def test_prefix_match_takes_sub_codes_only():
    """P5.2 matches P5.2 and P5.2.1, not P5.20."""
    rule = Rule((("service_class", "P5.2"),), ("social_health",), ("wellbeing",))

    matched = [
        placement([rule], _facts(service_class=[code])).categories
        for code in ("P5.2", "P5.2.1", "P5.20")
    ]

    assert matched == [("social_health",), ("social_health",), ()]


def test_child_health_clinic_and_family_counselling_are_placed():
    """Real rules: P5.2 → social and health, wellbeing; P3.7 → parenthood."""
    rules = load_mapping()

    clinic = placement(rules, _facts(service_class=["P5.2"], target_group=["KR1"]))
    counselling = placement(rules, _facts(service_class=["P3.7"]))
    youth = placement(rules, _facts(service_class=["P28.1"], target_group=["KR1.3"]))

    assert clinic.categories == ("social_health",)
    assert "wellbeing" in clinic.tasks
    assert "parenthood" in counselling.tasks
    assert "meeting_place" in youth.categories
    assert clinic.min_age_months is None


def test_all_keys_of_a_rule_must_hold():
    """Home help counts for the bundle only when it is for families."""
    rules = load_mapping()

    families = placement(rules, _facts(service_class=["P4.3"], target_group=["KR1.2"]))
    elderly = placement(rules, _facts(service_class=["P4.3"], target_group=["KR1.1"]))

    assert "social_health" in families.categories
    assert elderly.categories == ()


def test_override_in_config_folder_wins(tmp_path):
    """<config>/bundle_mapping.json replaces the shipped rules."""
    override = tmp_path / "bundle_mapping.json"
    override.write_text(
        json.dumps(
            {"rules": [{"match": {"service_class": "P1"}, "categories": ["kela"]}]}
        ),
        encoding="utf-8",
    )

    rules = load_mapping(tmp_path)

    assert mapping_path(tmp_path) == override
    assert mapping_path(tmp_path / "empty") == DEFAULT_MAPPING
    assert [r.categories for r in rules] == [("kela",)]


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [{"match": {"service_class": "P5.2"}, "categories": ["nope"]}],
            "rule #0 field categories: unknown key 'nope'",
        ),
        (
            [{"match": {"colour": "blue"}, "tasks": ["wellbeing"]}],
            "rule #0 field match.colour: unknown key",
        ),
        ([{"match": {}, "tasks": ["wellbeing"]}], "rule #0 field match"),
        ([{"match": {"service_class": "P5.2"}}], "names neither categories nor tasks"),
        (
            [
                {
                    "match": {"service_class": "P5.2"},
                    "tasks": ["wellbeing"],
                    "min_age_months": -1,
                }
            ],
            "field min_age_months",
        ),
        ("not a list", "field rules: expected a list"),
    ],
)
def test_bad_override_is_refused_clearly(tmp_path, rules, message):
    """A bad rule names the file, the rule and the field."""
    path = tmp_path / "bundle_mapping.json"
    path.write_text(json.dumps({"rules": rules}), encoding="utf-8")

    with pytest.raises(MappingError) as caught:
        load_mapping(tmp_path)

    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_broken_override_json(tmp_path):
    """Broken JSON in the override names the line."""
    (tmp_path / "bundle_mapping.json").write_text("{\n", encoding="utf-8")

    with pytest.raises(MappingError) as caught:
        load_mapping(tmp_path)

    assert "broken JSON at line 2" in str(caught.value)


def test_rule_ages_fill_only_missing_ages(workspace, shared_data):
    """A rule with ages sets them on services that have none."""
    import_ptv_paths(workspace, [shared_data / "ptv-api-records" / "services"])
    rules = [
        Rule(
            (("service_class", "P3.4"),),
            ("education_municipal",),
            (),
            min_age_months=0,
            max_age_months=84,
        )
    ]

    with workspace.session() as session:
        service = session.scalar(select(Service).where(Service.source_id == DAY_CARE))
        apply_mapping(session, [service.id], rules)

        assert (service.min_age_months, service.max_age_months) == (0, 84)


def test_hand_placement_survives_reimport(workspace, shared_data):
    """A service placed by hand keeps its placement through a changed import."""
    folder = shared_data / "ptv-api-records"
    import_ptv_paths(workspace, [folder])
    with workspace.session() as session:
        service_id = session.scalar(
            select(Service.id).where(Service.source_id == DAY_CARE)
        )
        place_service_by_hand(session, service_id, ["meeting_place"], ["diversity"])

    with workspace.session() as session:
        apply_mapping(session, [service_id])
        categories = session.scalars(
            select(ServiceCategoryLink.category_key).where(
                ServiceCategoryLink.service_id == service_id
            )
        ).all()
        tasks = session.execute(
            select(ServiceTaskLink.task_key, ServiceTaskLink.by_hand).where(
                ServiceTaskLink.service_id == service_id
            )
        ).all()

    assert categories == ["meeting_place"]
    assert [tuple(t) for t in tasks] == [("diversity", True)]


def test_release_returns_the_service_to_the_rules(workspace, shared_data):
    """Undoing a hand placement lets the rules place the service again."""
    import_ptv_paths(workspace, [shared_data / "ptv-api-records"])
    with workspace.session() as session:
        service_id = session.scalar(
            select(Service.id).where(Service.source_id == DAY_CARE)
        )
        place_service_by_hand(session, service_id, ["kela"], [])

        release_to_mapping(session, service_id)

        categories = session.scalars(
            select(ServiceCategoryLink.category_key).where(
                ServiceCategoryLink.service_id == service_id
            )
        ).all()
    assert categories == ["education_municipal"]


def test_hand_placement_refuses_unknown_keys(workspace, shared_data):
    """An unknown category key is refused and names the service."""
    import_ptv_paths(workspace, [shared_data / "ptv-api-records" / "services"])

    with (
        pytest.raises(ValueError, match="unknown key 'nope'"),
        workspace.session() as s,
    ):
        service_id = s.scalar(select(Service.id).where(Service.source_id == DAY_CARE))
        place_service_by_hand(s, service_id, ["nope"], [])
