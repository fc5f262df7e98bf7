"""A scheme's clean result bounded by its own stated limit, relayed in a wire story, is a modest
claim: not audit-washing, and not contradicted by abuse found beyond the limit it stated (an
invented story; labels written before the code)."""

from __future__ import annotations

from conftest import score_text

STORY = """# Scheme says berry farms in Huelva passed labour checks, with caveats

By Lucía Ferrer

HUELVA, Spain, April 14 (Iberia Wire) — A fruit certification scheme said on Tuesday that audits of
18 strawberry farms near Huelva had found no evidence of forced labour among the Moroccan seasonal
workers who pick most of the crop, but cautioned that its checks covered the farms and not the
recruitment of the workers in Morocco.

"On the farms we audited, we did not find indicators of forced labour," said Marta Ibáñez,
director of the FreshFields Standard. "We did not look at how the women were recruited in
Morocco, and I would not claim more than that."

The scheme's auditors interviewed 260 workers in Arabic and Spanish, many of them in the farm
dormitories in the evening without managers present, and checked pay records for the season.

Workers' groups have said some pickers paid intermediaries in Morocco for places on the programme.
"""


def test_a_scheme_s_caveated_result_is_modest_not_washed():
    report = score_text(STORY)
    assert report.audit_washing.detected is False
    assert report.judgement.principal == "clean"
    assert report.verdict.value == "partially_credible", (report.score, report.caps)


def test_without_the_caveat_the_relayed_claim_is_still_washed():
    bare = STORY.replace(
        ", but cautioned that its checks covered the farms and not the\nrecruitment of the workers in Morocco",
        "",
    ).replace(
        ' "We did not look at how the women were recruited in\nMorocco, and I would not claim more than that."',
        "",
    )
    assert bare != STORY and "would not claim" not in bare
    report = score_text(bare)
    assert report.audit_washing.detected is True
