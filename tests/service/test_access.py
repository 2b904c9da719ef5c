"""The access policy: keys, log-in sessions, rate limits (no server needed)."""

from __future__ import annotations

import pytest

from granska.errors import RateLimited, Unauthorized
from service.access import ANYONE, SESSION_COOKIE, AccessPolicy, key_id


def test_open_policy_lets_anyone_in_unlimited() -> None:
    policy = AccessPolicy(keys=[], per_minute=1)
    assert policy.open and policy.identify({}, {}) is ANYONE
    for _ in range(5):
        policy.charge(ANYONE)


def test_bearer_keys_and_sessions_identify_the_same_key() -> None:
    policy = AccessPolicy(keys=["k1", "k2"], per_minute=600)
    by_header = policy.identify({"authorization": "Bearer k2"}, {})
    assert by_header is not None and by_header.id == key_id("k2") and "k2" not in by_header.id
    for header in ("Bearer fel", "k2", "Basic k2", "Bearer k2x", "Bearer "):
        assert policy.identify({"authorization": header}, {}) is None, header
    token = policy.log_in("k2", "127.0.0.1")
    assert policy.identify({}, {SESSION_COOKIE: token}) == by_header
    assert policy.identify({}, {SESSION_COOKIE: token + "x"}) is None
    policy.log_out(token)
    assert policy.identify({}, {SESSION_COOKIE: token}) is None
    with pytest.raises(Unauthorized):
        policy.require({}, {})
    with pytest.raises(Unauthorized):
        policy.log_in("fel", "127.0.0.1")


def test_one_bucket_per_key_for_api_and_ui_alike() -> None:
    policy = AccessPolicy(keys=["k1", "k2"], per_minute=2)
    first = policy.require({"authorization": "Bearer k1"}, {})
    session = policy.identify({}, {SESSION_COOKIE: policy.log_in("k1", "10.0.0.1")})
    policy.charge(first)
    policy.charge(session)  # the same key, logged in: the same bucket
    with pytest.raises(RateLimited) as info:
        policy.charge(first)
    assert info.value.retry_after >= 1
    policy.charge(policy.require({"authorization": "Bearer k2"}, {}))  # the other key has its own


def test_log_in_attempts_are_limited_per_client() -> None:
    policy = AccessPolicy(keys=["k1"], per_minute=600)
    for _ in range(10):
        with pytest.raises(Unauthorized):
            policy.log_in("gissning", "10.0.0.9")
    with pytest.raises(RateLimited):
        policy.log_in("k1", "10.0.0.9")
    assert policy.log_in("k1", "10.0.0.10")


def test_configuration_is_checked() -> None:
    with pytest.raises(ValueError, match="per_minute"):
        AccessPolicy(keys=["k"], per_minute=-1)
