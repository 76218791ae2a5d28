"""Referral rules: the status machine (property-based) and consent coverage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familjecenter_desktop.domain import referral_rules as rules

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
RECEIVER = (None, 7)

step = st.tuples(
    st.sampled_from(rules.ACTIONS),
    st.sampled_from([None, "", "syy"]),
    st.sampled_from([None, *rules.OUTCOMES]),
)


@given(st.lists(step, max_size=30))
def test_any_sequence_keeps_the_machine_sound(steps):
    """Whatever is tried, the status stays known and only allowed steps pass."""
    status, before_close = rules.DRAFT, None

    for action, note, outcome in steps:
        try:
            after = rules.next_status(
                status, action, reopen_to=before_close, note=note, outcome=outcome
            )
        except rules.RuleError:
            assert (
                action not in rules.allowed_actions(status)
                or (action in (rules.DECLINE, rules.REOPEN) and not note)
                or (action == rules.COMPLETE and outcome is None)
            )
            continue

        assert action in rules.allowed_actions(status)
        assert after in rules.STATUSES
        if action == rules.REOPEN:
            assert after in rules.OPEN and after == before_close
        if after in rules.CLOSED:
            before_close = status
        if action == rules.COMPLETE:
            assert status == rules.ACCEPTED and outcome in rules.OUTCOMES
        status = after


@given(st.sampled_from(sorted(rules.CLOSED)), st.sampled_from(rules.ACTIONS[:-1]))
def test_closed_referrals_only_reopen(status, action):
    """Nothing but reopening moves a closed referral."""
    with pytest.raises(rules.RuleError):
        rules.next_status(status, action, note="x", outcome="got_help")


def test_decline_needs_reason_and_reopen_needs_note():
    """A decline without a reason and a reopen without a note are refused."""
    with pytest.raises(rules.RuleError) as declined:
        rules.next_status(rules.SENT, rules.DECLINE, note="  ")
    with pytest.raises(rules.RuleError) as reopened:
        rules.next_status(rules.DECLINED, rules.REOPEN, reopen_to=rules.SENT)

    assert declined.value.field == "note"
    assert reopened.value.field == "note"


def consent(data, *, withdrawn=None, until=None, receiver=RECEIVER):
    return rules.ConsentFacts(
        frozenset(data), receiver, NOW - timedelta(days=1), until, withdrawn
    )


def test_consent_must_cover_every_disclosed_category():
    """Consent for contact data does not cover the identity."""
    held = frozenset({rules.DATA_IDENTITY, rules.DATA_CONTACT})

    with pytest.raises(rules.RuleError):
        rules.check_disclosure(
            rules.WITH_CONSENT, "normal", held, [consent(["contact"])], RECEIVER, NOW
        )
    ground = rules.check_disclosure(
        rules.WITH_CONSENT,
        "normal",
        held,
        [consent(["contact", "identity"])],
        RECEIVER,
        NOW,
    )

    assert ground == "consent"


@pytest.mark.parametrize(
    "bad",
    [
        consent(["identity"], withdrawn=NOW - timedelta(hours=1)),
        consent(["identity"], until=date(2026, 12, 3)),
        consent(["identity"], receiver=(None, 8)),
    ],
)
def test_withdrawn_expired_or_other_receiver_consent_does_not_count(bad):
    """Withdrawn, expired and other-receiver consents never allow disclosure."""
    with pytest.raises(rules.RuleError):
        rules.check_disclosure(
            rules.WITH_CONSENT, "normal", frozenset({"identity"}), [bad], RECEIVER, NOW
        )


def test_urgent_sw35_may_go_without_consent():
    """An urgent § 35 contact request is lawful without consent; a normal one not."""
    held = frozenset({rules.DATA_IDENTITY})

    ground = rules.check_disclosure(rules.SW35, "urgent", held, [], RECEIVER, NOW)

    assert ground == "urgent_sw35"
    with pytest.raises(rules.RuleError):
        rules.check_disclosure(rules.SW35, "normal", held, [], RECEIVER, NOW)


def test_guidance_discloses_nothing():
    """Guidance needs no consent: the family contacts the service itself."""
    held = frozenset(rules.DATA_CATEGORIES)

    assert rules.check_disclosure(
        rules.GUIDANCE, "normal", held, [], RECEIVER, NOW
    ) == ("none")


def test_anonymous_and_notification_record_refuse_identifying_data():
    """No names in an anonymous consultation; no content in a notification record."""
    with pytest.raises(rules.RuleError):
        rules.check_content(rules.ANONYMOUS, rules.FamilyData(names=True))
    with pytest.raises(rules.RuleError):
        rules.check_content(rules.CW_NOTIFICATION, rules.FamilyData(note=True))
    rules.check_content(rules.ANONYMOUS, rules.FamilyData(reasons=True, note=True))
