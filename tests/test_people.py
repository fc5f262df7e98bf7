"""People named with a role earlier in a text speak in that role later (invented texts)."""

from __future__ import annotations

from conftest import read_text

from auditcheck.claims.people import roles_in


def test_roles_are_read_from_appositives_either_way_round():
    text = (
        "Speaking by telephone, the firm's lead auditor, Ana Petrescu, described the visit. "
        "Marek Nowak, a researcher at the Baltic Labour Observatory, disagreed."
    )
    assert roles_in(text) == {"Petrescu": "auditor", "Nowak": "critic"}


STORY = """# Audit at a Bacău garment plant finds unpaid shifts

The audit was carried out in May by Carpatia Social Audit. Speaking by telephone, Carpatia's
lead auditor, Ana Petrescu, said the team had interviewed 40 workers.

"We found unpaid Saturday shifts on two lines," Petrescu said.
"""


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.speaker) for c in read_text(text).sentence_claims if c.counts]


def test_a_named_person_introduced_as_the_auditor_speaks_as_the_auditor():
    assert ("adverse", "auditor") in _speakers(STORY)


def test_without_the_introduction_the_name_is_no_auditor():
    bare = STORY.replace(
        "Speaking by telephone, Carpatia's\nlead auditor, Ana Petrescu, said the team had "
        "interviewed 40 workers.",
        "",
    )
    assert bare != STORY
    assert ("adverse", "auditor") not in _speakers(bare)


def test_an_organisation_named_as_the_subject_speaks_as_its_kind():
    # "Migrant" in a centre's name does not make the centre's investigation the workers' own
    found = _speakers(
        "# Brief\n\nThe Irrawaddy Migrant Justice Centre's own investigation found that recruiters "
        "had charged each worker 1.5 million kyat for jobs at the cannery.\n"
    )
    assert found == [("adverse", "critic")]
    workers = _speakers(
        "# Brief\n\nWorkers at Perak Latex Sdn Bhd said that the supervisor kept their passports "
        "in the office safe.\n"
    )
    assert workers == [("adverse", "workers")]


# ``_ROLE_THEN_NAME`` is matched only from where a match can start (``_role_then_name``): the
# same matches as ``finditer`` over the whole text.
_PIECES = [
    "the", "its", "lead", "auditor", "auditors", "Auditor", "chief executive", "chief  executive",
    "CEO", "chairwoman", "spokesperson", "co-founder", "founder", "administered", "minister",
    "Ana", "Petrescu", "Mureșan", "O’Neil", "D'Arcy", "Jean-Luc", "said", "of", "Danubia,",
    ",", ".", ";", "\n", "\u00a0", "  ", "-", "’", "'", "12", "İzmir", "organizer", "organiser",
]


def _same_as_finditer(text: str) -> None:
    from auditcheck.claims.people import _ROLE_THEN_NAME, _role_then_name

    want = [(m.span(), m.groupdict()) for m in _ROLE_THEN_NAME.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _role_then_name(text)] == want


def test_role_then_name_matches_finditer_on_the_samples_and_the_story():
    from conftest import SAMPLES

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.md"))]
    for text in [STORY, *texts]:
        _same_as_finditer(text)


def test_role_then_name_matches_finditer_on_random_mixtures():
    import random

    rng = random.Random(11)
    for _ in range(400):
        words = rng.choices(_PIECES, k=rng.randint(1, 40))
        seps = rng.choices([" ", "", "\n", ", ", "  "], k=len(words))
        _same_as_finditer("".join(w + s for w, s in zip(words, seps, strict=True)))
