"""A quotation of several sentences is the quoted speaker's throughout, and "said NAME, ROLE." names
the speaker by the role (invented news texts; labels written before the code)."""

from __future__ import annotations

from conftest import read_text

from auditcheck.claims.people import roles_in


def _claims(text: str) -> list[tuple[str, str, str]]:
    reading = read_text(text)
    return [
        (c.kind, c.speaker, reading.text[c.start : c.end])
        for c in reading.sentence_claims
        if c.counts
    ]


def test_a_role_given_after_the_name_at_the_end_of_a_sentence_is_read():
    text = "“We have seen the papers,” said Oksana Bilyk, a labour inspector for the Lviv region."
    assert roles_in(text) == {"Bilyk": "official"}


INSPECTOR = """# Inspectors find withheld papers at a Bekasi garment plant

By Rina Hartono and Tom Eckles

JAKARTA, 4 March — Labour inspectors visited the Sentosa Apparel plant in Bekasi last month after
complaints from a workers' group.

“The inspection found 31 workers whose identity papers were kept by a supervisor. Several of them
had paid recruiters more than a month's wages,” said Dewi Lestari, a labour inspector for West Java
province.

Sentosa Apparel did not respond to a request for comment.
"""


def test_every_sentence_of_a_quotation_is_the_speaker_named_after_it():
    claims = _claims(INSPECTOR)
    adverse = [c for c in claims if c[0] == "adverse"]
    assert adverse, claims
    assert {speaker for _, speaker, _ in adverse} == {"official"}, claims


MANAGER = """# Knitwear maker rejects union's claims

By Sam Cole

DHAKA, 2 May — A knitwear maker named in a union complaint about withheld wages said on Friday
that an audit had cleared it.

“Our audit in February found no forced labour at the factory. Every worker has been paid in
full,” said Karim Uddin, the company's compliance manager.

The union disputes that account.
"""


def test_a_clean_claim_opening_a_quotation_is_the_company_speaker_s_not_the_auditor_s():
    clean = [c for c in _claims(MANAGER) if c[0] == "clean" and "February" in c[2]]
    assert clean and clean[0][1] == "company", _claims(MANAGER)


RESEARCHER = """# Agency workers at a Brno plant were not interviewed, researcher says

By Petra Dvořák

BRNO, 12 October — An electronics supplier in Brno said last month that an audit had found no
forced labour among its agency staff.

Marta Ilić, a researcher at the Adriatic Labour Observatory, said: “We read the audit summary
line by line. The auditors did not interview a single worker from the agency.”

Labour inspectors found that 12 agency workers at the plant had paid recruitment fees in 2023.
"""


def test_a_quotation_opened_after_its_speaker_is_that_speaker_s_to_its_end():
    failures = [c for c in _claims(RESEARCHER) if c[0] == "failure"]
    assert failures and {speaker for _, speaker, _ in failures} == {"critic"}, _claims(RESEARCHER)


def test_a_sentence_after_the_quotation_closes_is_not_the_quoted_speaker_s():
    later = [c for c in _claims(RESEARCHER) if "recruitment fees in 2023" in c[2]]
    assert later and later[0][1] != "critic", _claims(RESEARCHER)


CONTINUED = """# Audit of a Bacău garment plant finds overtime breaches

Speaking by telephone, Carpatia's lead auditor, Ana Petrescu, said the team arrived unannounced.

"We found unpaid Saturday shifts on two lines," Petrescu said. "We did not find anything that
suggests forced labour at the plant. But that is what we could see in three days."

The retailer said the factory would pay the missing wages by July.
"""


def test_a_quotation_after_the_attribution_sentence_continues_its_speaker():
    clean = [c for c in _claims(CONTINUED) if c[0] == "clean"]
    assert clean and clean[0][1] == "auditor", _claims(CONTINUED)
