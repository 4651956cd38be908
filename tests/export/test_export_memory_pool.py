"""load_export allocates from pyarrow's jemalloc pool while it runs, and puts the default back."""

from __future__ import annotations

import pyarrow as pa
import pytest
from export_helpers import fixture

import networkkit as nk
from networkkit.export import _load, _memory

try:
    pa.jemalloc_memory_pool()
except (NotImplementedError, pa.ArrowNotImplementedError):  # pragma: no cover
    pytest.skip("this pyarrow has no jemalloc pool", allow_module_level=True)

if pa.default_memory_pool().backend_name != "mimalloc":  # pragma: no cover
    pytest.skip("the default pool here is not mimalloc", allow_module_level=True)


def _spy(monkeypatch, *, fail=False):
    seen = []
    real = _load._load

    def spy(*args):
        seen.append(pa.default_memory_pool().backend_name)
        if fail:
            raise nk.LayoutError("broken on purpose", file="x.csv")
        return real(*args)

    monkeypatch.setattr(_load, "_load", spy)
    return seen


def test_the_load_runs_on_jemalloc_and_the_default_comes_back(monkeypatch):
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    monkeypatch.delenv("NETWORKKIT_MEMORY_POOL", raising=False)
    seen = _spy(monkeypatch)
    ex = nk.load_export(fixture("export_2026"))
    assert seen == ["jemalloc"]
    assert pa.default_memory_pool().backend_name == "mimalloc"
    assert len(ex.connections) > 0


def test_an_error_puts_the_default_back(monkeypatch):
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    seen = _spy(monkeypatch, fail=True)
    with pytest.raises(nk.LayoutError):
        nk.load_export(fixture("export_2026"))
    assert seen == ["jemalloc"]
    assert pa.default_memory_pool().backend_name == "mimalloc"
    assert _memory._DEPTH == 0


@pytest.mark.parametrize(
    ("name", "value"),
    [("NETWORKKIT_MEMORY_POOL", "default"), ("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")],
)
def test_a_pool_the_user_chose_is_kept(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    seen = _spy(monkeypatch)
    nk.load_export(fixture("export_2026"))
    assert seen == ["mimalloc"]


def test_a_pool_set_by_the_caller_is_kept(monkeypatch):
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    seen = _spy(monkeypatch)
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        nk.load_export(fixture("export_2026"))
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)
    assert seen == ["system"]


def test_nested_loads_switch_once_and_restore_once(monkeypatch):
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    with _memory.loading_pool():
        assert pa.default_memory_pool().backend_name == "jemalloc"
        with _memory.loading_pool():
            assert pa.default_memory_pool().backend_name == "jemalloc"
        assert pa.default_memory_pool().backend_name == "jemalloc"
    assert pa.default_memory_pool().backend_name == "mimalloc"
