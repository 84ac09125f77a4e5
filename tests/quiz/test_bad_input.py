"""Property-based: whatever a form carries, every step answers without a 500."""

import pytest
from django.core import signing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.models import Loaded
from quiz.state import SALT

URL = "/en/risk-test/am-i-at-risk/"
TEXT = st.text(max_size=40)
FORMS = st.fixed_dictionaries(
    {},
    optional={
        "action": st.one_of(st.sampled_from(["start", "next", "back"]), TEXT),
        "state": TEXT,
        "answer": st.lists(st.one_of(TEXT, st.integers(-5, 10**6).map(str)), max_size=4),
    },
)


def states(questionnaire):
    """Signed states, mostly for the right questionnaire and version, with
    anything in the index and the answers."""
    loaded = Loaded(questionnaire)
    ids = [q.id for q in loaded.question_data] + [-1, 0]
    choice_ids = [c.id for q in loaded.question_data for c in q.choices] + [-1, 10**6]
    return st.fixed_dictionaries(
        {
            "q": st.one_of(st.just(questionnaire.pk), st.integers(-2, 5), TEXT),
            "f": st.one_of(st.just(loaded.fingerprint), TEXT),
            "i": st.one_of(st.integers(-3, 6), TEXT, st.none()),
            "a": st.one_of(
                st.dictionaries(
                    st.sampled_from(ids).map(str), st.lists(st.sampled_from(choice_ids), max_size=3)
                ),
                st.dictionaries(TEXT, TEXT),
                TEXT,
            ),
            "n": TEXT,
        }
    )


@pytest.mark.usefixtures("questionnaire")
class TestRandomForms:
    @settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(form=FORMS)
    def test_random_forms_never_fail(self, client, form):
        response = client.post(URL, form)
        assert response.status_code in (200, 400)
        assert b"Traceback" not in response.content

    @settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        data=st.data(),
        action=st.sampled_from(["next", "back"]),
        answer=st.lists(st.integers(-1, 10**6).map(str), max_size=3),
    )
    def test_validly_signed_but_wrong_states_never_fail(
        self, client, questionnaire, data, action, answer
    ):
        state = signing.dumps(data.draw(states(questionnaire)), salt=SALT, compress=True)
        response = client.post(URL, {"state": state, "action": action, "answer": answer})
        assert response.status_code in (200, 400)
        if response.status_code == 400:
            assert b"Please start again" in response.content
