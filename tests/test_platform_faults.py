"""Regression for the PySide6 6.12.0 / Python 3.11 fault: void calls lowered the reference count of None."""

import ctypes
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 on: its reference count is a constant, so the fault cannot show")


def none_references_lost(call, times: int) -> int:
    """How many references None lost while ``call(i)`` ran ``times`` times (a healthy call loses none)."""
    before = sys.getrefcount(None)
    for i in range(times):
        call(i)
    return before - sys.getrefcount(None)


def test_the_probe_sees_a_call_that_drops_a_reference_of_none():
    """The faulty build in miniature: each call releases one reference of None; the probe must count them."""
    py_none = ctypes.py_object(None)
    lost = none_references_lost(lambda _: ctypes.pythonapi.Py_DecRef(py_none), 500)
    for _ in range(500):
        ctypes.pythonapi.Py_IncRef(py_none)  # give them back
    assert lost >= 450


def test_void_calls_leave_none_refcount_alone():
    QtCore = pytest.importorskip("PySide6.QtCore")
    QtGui = pytest.importorskip("PySide6.QtGui")
    point, pen, obj = QtCore.QPointF(), QtGui.QPen(), QtCore.QObject()

    def void_calls(i: int) -> None:  # each returns nothing: on the faulty build each call drops a reference
        point.setX(float(i))
        pen.setWidth(i % 5)
        obj.setObjectName("n")

    lost = none_references_lost(void_calls, 10_000)
    assert lost < 100, f"None lost {lost} references over 30,000 void calls"  # a little noise, never one per call
