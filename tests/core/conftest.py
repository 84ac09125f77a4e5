from tests.consultations.conftest import ask  # noqa: F401 - fixtures
from tests.quiz.conftest import questionnaire, taker  # noqa: F401 - fixtures
from tests.stories.conftest import forms, make_story, methods  # noqa: F401 - fixtures
