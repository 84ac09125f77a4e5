"""Which client a request counts as, for the rate limits and the sign-in lock-out."""

from django.test import RequestFactory

from core.ratelimits import client_key


def key(remote_addr: str, **meta) -> str:
    return client_key("any", RequestFactory().get("/", REMOTE_ADDR=remote_addr, **meta))


def test_an_ipv4_client_is_its_address():
    assert key("198.51.100.7") == "198.51.100.7"
    assert key("::ffff:198.51.100.7") == "198.51.100.7"


def test_an_ipv6_client_counts_as_its_64_network():
    """One home or phone gets a whole /64: every address in it is one client."""
    assert key("2001:db8:1:2::1") == key("2001:db8:1:2:ffff:ffff:ffff:fffe") == "2001:db8:1:2::"
    assert key("2001:db8:1:3::1") == "2001:db8:1:3::"


def test_the_proxy_header_is_read_when_configured_and_valid(settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    assert key("127.0.0.1", HTTP_X_REAL_IP="2001:db8:5:6::9") == "2001:db8:5:6::"
    assert key("127.0.0.1", HTTP_X_REAL_IP="not an address") == "127.0.0.1"
