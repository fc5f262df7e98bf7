"""The compiled-program cache only saves time: every cached pattern equals ``re.compile`` of it
(program included), a damaged or tampered entry or file is compiled afresh, and nothing but JSON
and the programs' raw code units is read."""

from __future__ import annotations

import array
import json
import re

import pytest

from auditcheck.cache import BlobCache
from auditcheck.claims.base import GRAMMAR
from auditcheck.text import sre_cache


def _packed(code: list[int]) -> bytes:
    return array.array("I", code).tobytes()


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("AUDITCHECK_NO_CACHE", raising=False)
    store = BlobCache("sre", sre_cache._engine_version)
    monkeypatch.setattr(sre_cache, "_STORE", store)
    return store


def _reload(monkeypatch) -> BlobCache:
    store = BlobCache("sre", sre_cache._engine_version)
    monkeypatch.setattr(sre_cache, "_STORE", store)
    return store


def test_every_claim_grammar_pattern_read_back_equals_re_compile(fresh_store, monkeypatch):
    patterns = GRAMMAR.patterns
    assert len(patterns) > 50
    first = [sre_cache.compile_cached(p.pattern, p.flags) for p in patterns]
    fresh_store.save()
    _reload(monkeypatch)
    # a second process would not parse at all: refuse the parser to prove it
    monkeypatch.setattr(sre_cache, "_program", lambda *a: pytest.fail("parsed although cached"))
    second = [sre_cache.compile_cached(p.pattern, p.flags) for p in patterns]
    for p, a, b in zip(patterns, first, second, strict=True):
        # Pattern equality compares the pattern, the flags and the compiled program itself
        assert a == b == re.compile(p.pattern, p.flags)


def test_named_groups_and_flags_survive_the_cache(fresh_store, monkeypatch):
    pattern = r"(?P<who>auditors?)\s+(?:found|saw)\s+(?P<what>\w+)"
    sre_cache.compile_cached(pattern, re.IGNORECASE)
    fresh_store.save()
    _reload(monkeypatch)
    compiled = sre_cache.compile_cached(pattern, re.IGNORECASE)
    m = compiled.search("The AUDITORS found fees.")
    assert m is not None and m.group("who") == "AUDITORS" and m.group("what") == "fees"
    assert compiled.groupindex == {"who": 1, "what": 2}


_PATTERN = r"\bno\s+(?:forced|bonded)\s+labou?r\b"


def _stored(store: BlobCache) -> tuple[dict, str]:
    sre_cache.compile_cached(_PATTERN, re.IGNORECASE)
    store.save()
    entries = store._read(store.path())
    assert entries is not None
    return entries, f"{int(re.IGNORECASE)}|{_PATTERN}"


def _compiled_afresh(monkeypatch) -> None:
    _reload(monkeypatch)
    compiled = sre_cache.compile_cached(_PATTERN, re.IGNORECASE)
    assert compiled == re.compile(_PATTERN, re.IGNORECASE)
    assert compiled.search("We found no forced labour.")


@pytest.mark.parametrize(
    "damage",
    [
        lambda v, c: (v, _packed([999_999] * 40)),  # a program _sre refuses
        lambda v, c: (v, bytes(c)[: len(c) // 2]),  # a truncated program
        lambda v, c: (v, bytes(c)[:-3]),  # not whole code units
        lambda v, c: (v, bytes(c)[:-4]),  # a program cut short by whole units
        lambda v, c: (v, b""),  # no program at all
        lambda v, c: ("not a program", c),
        lambda v, c: ([v[0], ["x"], v[2], v[3]], c),  # the wrong types
        lambda v, c: ([v[0], v[1], {"who": "one"}, v[3]], c),
        lambda v, c: (v[:3], c),  # a field missing
    ],
)
def test_a_damaged_entry_is_compiled_afresh(fresh_store, monkeypatch, damage):
    entries, key = _stored(fresh_store)
    entries[key] = damage(*entries[key])
    fresh_store.path().write_bytes(fresh_store._encode(entries))
    _compiled_afresh(monkeypatch)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) - 8],  # the last program's bytes cut off
        lambda raw: raw.replace(b"auditcheck-blob 1", b"auditcheck-blob 9", 1),
        lambda raw: raw.split(b"\n", 1)[0] + b"\n",  # the header alone
        lambda raw: raw[:40],  # the index cut short
        lambda raw: b"{}",
        lambda raw: b"",
    ],
)
def test_a_damaged_file_is_compiled_afresh(fresh_store, monkeypatch, damage):
    _stored(fresh_store)
    path = fresh_store.path()
    path.write_bytes(damage(path.read_bytes()))
    _compiled_afresh(monkeypatch)


@pytest.mark.parametrize("place", [[-4, 8], [0, -8], [0, 10**9], [1.5, 8], [True, 8], ["0", 8]])
def test_an_entry_placed_outside_the_bytes_is_dropped(fresh_store, monkeypatch, place):
    entries, key = _stored(fresh_store)
    raw = fresh_store._encode(entries)
    magic, index, data = raw.split(b"\n", 2)
    table = json.loads(index)
    table[key][1:] = place
    fresh_store.path().write_bytes(b"\n".join([magic, json.dumps(table).encode(), data]))
    assert key not in _reload(monkeypatch).data
    _compiled_afresh(monkeypatch)


def test_two_processes_saving_one_file_keep_both_programs(fresh_store, monkeypatch):
    other = BlobCache("sre", sre_cache._engine_version)
    sre_cache.compile_cached(r"first\s+pattern", 0)
    monkeypatch.setattr(sre_cache, "_STORE", other)
    sre_cache.compile_cached(r"second\s+pattern", re.IGNORECASE)  # read the file before the save
    fresh_store.save()
    other.save()
    store = _reload(monkeypatch)
    assert set(store.data) == {"0|first\\s+pattern", f"{int(re.IGNORECASE)}|second\\s+pattern"}
    monkeypatch.setattr(sre_cache, "_program", lambda *a: pytest.fail("parsed although cached"))
    assert sre_cache.compile_cached(r"first\s+pattern", 0) == re.compile(r"first\s+pattern")


def test_with_caching_off_it_is_plain_re_compile(monkeypatch):
    monkeypatch.setenv("AUDITCHECK_NO_CACHE", "1")
    _reload(monkeypatch)
    assert sre_cache.compile_cached(r"a+b", 0) == re.compile(r"a+b")


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_a_name_list_gives_the_same_pattern_in_every_process():
    # names of equal length used to follow the set's order, which hash randomisation changes
    # from process to process, so every run compiled (and cached) a new pattern string
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from auditcheck.packs.reference import alias_pattern;"
        "print(alias_pattern(['textiles','garments','cottons','apparel','weavers','spinner',"
        "'dyehouse','knitters']).pattern)"
    )
    repo = str(Path(__file__).resolve().parents[1])
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": repo},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3, 4, 5)
    }
    assert len(outputs) == 1, outputs


def test_cached_re_gives_what_re_gives(tmp_path, monkeypatch):
    """``cached_re`` is ``re`` with its programs from the cache: same patterns, same answers."""
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    from auditcheck.text import cached_re

    text = "Workers said their passports were held; 12 of 40 workers, not 14.\nNo fees."
    for pattern, flags in (
        (r"\bpassports?\b", re.IGNORECASE),
        (r"(?P<n>\d+)\s+of\s+(\d+)", 0),
        (r"^no\b", re.IGNORECASE | re.MULTILINE),
        (r"[;,.]\s*", 0),
    ):
        assert cached_re.compile(pattern, flags) == re.compile(pattern, flags)
        assert (
            cached_re.search(pattern, text, flags).span() == re.search(pattern, text, flags).span()
        )
        assert cached_re.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert cached_re.split(pattern, text, maxsplit=1, flags=flags) == re.split(
            pattern, text, maxsplit=1, flags=flags
        )
        assert cached_re.sub(pattern, "#", text, flags=flags) == re.sub(
            pattern, "#", text, flags=flags
        )
        assert [m.span() for m in cached_re.finditer(pattern, text, flags)] == [
            m.span() for m in re.finditer(pattern, text, flags)
        ]
    assert cached_re.fullmatch(r"\w+", "abc") and cached_re.match(r"a", "abc")
    compiled = re.compile("x")
    assert cached_re.compile(compiled) is compiled
