"""The compiled-program cache only saves time: every cached pattern equals ``re.compile`` of it
(program included), a damaged or tampered entry is compiled afresh, and nothing but JSON is read."""

from __future__ import annotations

import array
import base64
import json
import re

import pytest

from auditcheck.cache import JsonCache
from auditcheck.claims.base import GRAMMAR
from auditcheck.text import sre_cache


def _packed(code: list[int]) -> str:
    return base64.b64encode(array.array("I", code).tobytes()).decode("ascii")


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("AUDITCHECK_NO_CACHE", raising=False)
    store = JsonCache("sre", sre_cache._engine_version)
    monkeypatch.setattr(sre_cache, "_STORE", store)
    return store


def _reload(monkeypatch) -> JsonCache:
    store = JsonCache("sre", sre_cache._engine_version)
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


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: [e[0], _packed([999_999] * 40), e[2], e[3], e[4]],  # a program _sre refuses
        lambda e: [e[0], e[1][: len(e[1]) // 2], e[2], e[3], e[4]],  # a truncated program
        lambda e: [e[0], e[1][:-3] + "!!!", e[2], e[3], e[4]],  # not base64
        lambda e: [e[0], e[1][:-4], e[2], e[3], e[4]],  # a program cut short by whole units
        lambda e: "not a program",
        lambda e: [e[0], ["x"], e[2], e[3], e[4]],  # the wrong types
    ],
)
def test_a_damaged_entry_is_compiled_afresh(fresh_store, monkeypatch, damage):
    pattern = r"\bno\s+(?:forced|bonded)\s+labou?r\b"
    sre_cache.compile_cached(pattern, re.IGNORECASE)
    fresh_store.save()
    path = fresh_store.path()
    data = json.loads(path.read_text(encoding="utf-8"))
    key = f"{int(re.IGNORECASE)}|{pattern}"
    data[key] = damage(data[key])
    path.write_text(json.dumps(data), encoding="utf-8")
    _reload(monkeypatch)
    compiled = sre_cache.compile_cached(pattern, re.IGNORECASE)
    assert compiled == re.compile(pattern, re.IGNORECASE)
    assert compiled.search("We found no forced labour.")


def test_with_caching_off_it_is_plain_re_compile(monkeypatch):
    monkeypatch.setenv("AUDITCHECK_NO_CACHE", "1")
    _reload(monkeypatch)
    assert sre_cache.compile_cached(r"a+b", 0) == re.compile(r"a+b")


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
