from django.db import OperationalError


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.text == "database: ok\ncache: ok\n"
    assert response.cookies == {}


class _DownConnection:
    def cursor(self):
        raise OperationalError("connection refused")


def test_healthz_answers_503_when_the_database_does_not(client, db, monkeypatch):
    monkeypatch.setattr("core.views.connection", _DownConnection())
    response = client.get("/healthz")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert response.text == "database: down\ncache: ok\n"
