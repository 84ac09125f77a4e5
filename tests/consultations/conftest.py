import re

import pytest

QUESTION = "Man pasiūlė darbą Norvegijoje, bet reikia sumokėti 500 eurų. Ar tai saugu?"


@pytest.fixture
def ask(client, db):
    def send(text=QUESTION, language="lt", **extra):
        data = {
            "topic": "job-offer",
            "question": text,
            "language": language,
            "contact": "",
            "website": "",
        } | extra
        response = client.post("/lt/konsultacija/", data)
        match = re.search(r'<p class="code" id="code">([A-Z0-9-]+)</p>', response.text)
        return response, (match.group(1) if match else None)

    return send
