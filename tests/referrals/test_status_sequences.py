"""Any sequence of status actions through the stored referral matches the rules."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit, records, status
from familjecenter_desktop.referrals.errors import InvalidInputError

from .helpers import referral_input

step = st.tuples(
    st.sampled_from(rules.ACTIONS),
    st.sampled_from([None, "syy"]),
    st.sampled_from([None, "got_help", "referred_on"]),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(step, max_size=12))
def test_stored_status_follows_the_machine(workspace, staff, steps):
    """Refused steps change nothing; allowed ones add one history entry each."""
    view = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id, kind="guidance")
    )
    expected, before_close, history = rules.DRAFT, None, 1

    for action, note, outcome in steps:
        try:
            predicted = rules.next_status(
                expected, action, reopen_to=before_close, note=note, outcome=outcome
            )
        except rules.RuleError:
            predicted = None
        try:
            view = status.change_status(
                workspace, staff.nurse, view.id, view.version, action, note, outcome
            )
        except InvalidInputError:
            assert predicted is None
            continue

        assert view.status == predicted
        if predicted in rules.CLOSED:
            before_close = expected
        expected, history = predicted, history + 1
        assert len(view.events) == history

    assert audit.verify_chain(workspace).intact
