"""The parsed-YAML cache only saves time: the same data as parsing, independent objects, nothing
kept that JSON would change, a new parse when the file changes, a damaged cache ignored."""

from __future__ import annotations

import datetime

import pytest
import yaml

from auditcheck.cache import JsonCache
from auditcheck.packs import yaml_source


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("AUDITCHECK_NO_CACHE", raising=False)
    cache = JsonCache("yaml", yaml_source._parser_version, max_entries=2_000)
    monkeypatch.setattr(yaml_source, "_PARSED", cache)
    return cache


def _no_parsing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("parsed again although cached")

    monkeypatch.setattr(yaml, "load", refuse)


def test_a_cached_file_reads_back_the_same_data_without_parsing(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "criterion.yaml"
    path.write_text("id: X-01\nweight: 2.5\ntags: [a, b]\nnested: {enabled: true, none: null}\n")
    first, _ = yaml_source.read_yaml_with_nodes(path)
    fresh_cache.save()
    reread = JsonCache("yaml", yaml_source._parser_version, max_entries=2_000)
    monkeypatch.setattr(yaml_source, "_PARSED", reread)
    _no_parsing(monkeypatch)
    second, source = yaml_source.read_yaml_with_nodes(path)
    assert (
        second
        == first
        == {
            "id": "X-01",
            "weight": 2.5,
            "tags": ["a", "b"],
            "nested": {"enabled": True, "none": None},
        }
    )
    # every reader gets its own objects: changing one read does not change the next
    second["tags"].append("changed")
    third, _ = yaml_source.read_yaml_with_nodes(path)
    assert third["tags"] == ["a", "b"]
    # line numbers for errors still come from the text
    assert source.node is not None


def test_content_json_would_change_is_parsed_every_time(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "reference.yaml"
    path.write_text("reference_date: 2025-01-15\n1: one\n")
    data, _ = yaml_source.read_yaml_with_nodes(path)
    assert data == {"reference_date": datetime.date(2025, 1, 15), 1: "one"}
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        yaml_source.read_yaml_with_nodes(path)


def test_a_changed_file_is_parsed_again(tmp_path, fresh_cache):
    path = tmp_path / "pack.yaml"
    path.write_text("title: one\n")
    assert yaml_source.read_yaml_with_nodes(path)[0] == {"title": "one"}
    path.write_text("title: two\n")
    assert yaml_source.read_yaml_with_nodes(path)[0] == {"title": "two"}


def test_a_damaged_cache_file_is_ignored(tmp_path, fresh_cache):
    path = tmp_path / "pack.yaml"
    path.write_text("title: one\n")
    cache_file = fresh_cache.path()
    cache_file.parent.mkdir(parents=True)
    cache_file.write_text('{"not": "closed"')
    assert yaml_source.read_yaml_with_nodes(path)[0] == {"title": "one"}


def test_a_cached_entry_that_is_not_json_text_is_ignored(tmp_path, fresh_cache):
    path = tmp_path / "pack.yaml"
    path.write_text("title: one\n")
    import hashlib

    fresh_cache.put(hashlib.sha256(path.read_bytes()).hexdigest(), {"title": "forged"})
    assert yaml_source.read_yaml_with_nodes(path)[0] == {"title": "one"}


def test_no_cache_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_NO_CACHE", "1")
    cache = JsonCache("yaml", yaml_source._parser_version)
    assert cache.path() is None
    cache.put("k", "v")
    cache.save()  # nothing to write to, nothing raised
    assert cache.get("k") == "v"


def test_the_cache_starts_over_rather_than_grow_without_bound(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    cache = JsonCache("test", lambda: b"v1", max_entries=3)
    for k in "abcd":
        cache.put(k, k)
    assert len(cache.data) <= 3 and cache.get("d") == "d"


def test_yaml_module_is_the_one_the_cache_is_versioned_by():
    assert yaml.__version__ in yaml_source._parser_version().decode()


def test_key_order_is_kept(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "criterion.yaml"
    path.write_text("zeta: 1\nalpha: 2\nmid: {b: 1, a: 2}\n")
    first, _ = yaml_source.read_yaml_with_nodes(path)
    _no_parsing(monkeypatch)
    second, _ = yaml_source.read_yaml_with_nodes(path)
    assert list(second) == list(first) == ["zeta", "alpha", "mid"]
    assert list(second["mid"]) == ["b", "a"]


def test_a_cold_start_with_the_cache_filled_does_not_import_pyyaml(tmp_path):
    """Every built-in file comes from the cache: PyYAML (0.012 s to import) is never loaded."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "AUDITCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(root)}
    env.pop("AUDITCHECK_NO_CACHE", None)
    code = (
        "import sys; from auditcheck.packs import load_packs; from auditcheck.context import "
        "builtin_reference; load_packs(); builtin_reference(); print('yaml' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.stdout.strip() == "True"  # the first run parsed and filled the cache
    assert second.stdout.strip() == "False", second.stderr


def test_two_processes_saving_one_cache_keep_both_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("AUDITCHECK_NO_CACHE", raising=False)
    first, second = JsonCache("t", lambda: b"v"), JsonCache("t", lambda: b"v")
    first.put("a", 1)
    second.put("b", 2)  # read the file before the first saved
    first.save()
    second.save()
    assert JsonCache("t", lambda: b"v").data == {"a": 1, "b": 2}
