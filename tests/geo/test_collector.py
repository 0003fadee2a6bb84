"""The collector pause gives the collector back as it found it, also when nested or on error."""

from __future__ import annotations

import gc

import pytest

from bordermap.geo.collector import collector_paused


@pytest.fixture
def collector_running():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_running_after(collector_running):
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner use found it paused and leaves it so
    assert gc.isenabled()


def test_running_again_after_an_error(collector_running):
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(collector_running):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_as_a_decorator_each_call_pauses_afresh(collector_running):
    @collector_paused()
    def state() -> bool:
        return gc.isenabled()

    assert state() is False
    assert state() is False
    assert gc.isenabled()
