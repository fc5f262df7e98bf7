"""How much the statement model adds to scoring a long company statement (CPU seconds).

Builds an invented 30-page modern slavery statement (about 500 words a page, headings,
lists and a signature block), then scores it with the company-statement pack with and
without the shipped models (``auditcheck score --model``), in one warm process, and prints
the median CPU time of several runs of each, the model's own share, the ratio of the medians
and the min / median / max of the paired ratios (each pair run back to back).

    PYTHONPATH=. python benchmarks/statement_model_speed.py [--pages 30] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import auditcheck
from auditcheck.classify import load_classifier
from auditcheck.document import document_from_text

_PARAGRAPHS = [
    ("Fernhill Provisions Ltd is a privately owned food wholesaler headquartered in Bristol. It employs {n} people "
     "at three distribution centres and supplies restaurants, schools and hospitals across the South West."),
    ("We buy fresh produce, dairy, frozen seafood, dry goods and cleaning products from {n} suppliers in the United "
     "Kingdom, Spain, the Netherlands, Thailand and Vietnam. Transport and warehouse staffing are contracted out."),
    ("The highest risks of forced labour in our supply chain lie in seafood processing in South-East Asia, seasonal "
     "harvesting in southern Europe and agency labour in warehousing, where workers may owe recruitment debts."),
    ("Every supplier signs our Supplier Code, which bans forced labour, recruitment fees and the retention of "
     "identity documents. New suppliers in high-risk categories complete a questionnaire before their first order."),
    ("During the year {n} supplier sites were assessed by an external firm. Where an assessment finds a serious "
     "breach, the supplier agrees a corrective action plan and we follow up within ninety days."),
    ("If we find that workers have paid recruitment fees, we require the supplier to repay them in full and we "
     "check the repayment with the workers themselves."),
    ("Our ethics committee reviews the effectiveness of these actions every quarter, using the number of "
     "assessments completed, corrective actions closed and grievances received through the helpline."),
    ("All buyers and depot managers completed training on the signs of modern slavery, and {n} agency supervisors "
     "attended a session run by a local anti-trafficking charity."),
]


_GOODS = ["timber", "cotton", "steel", "rice", "cocoa", "tea", "tuna", "gloves", "solar panels", "uniforms",
          "packaging", "coffee", "rubber", "copper", "palm oil", "electronics", "footwear", "flowers"]
_PLACES = ["Ghana", "Malaysia", "Peru", "Turkey", "India", "Poland", "Kenya", "Brazil", "Vietnam", "Italy",
           "Mexico", "Thailand", "Romania", "Morocco", "Chile", "Indonesia", "Egypt", "Spain"]
_ROLES = ["buyers", "depot managers", "drivers", "auditors", "planners", "shift leaders", "recruiters"]


def build_statement(pages: int) -> str:
    """An invented statement whose sentences mostly differ (goods, places, numbers and roles
    vary), so that caches keyed by sentence text do not flatter the measurement."""
    parts = ["# Modern slavery statement 2024\n"]
    words = 0
    page = 0
    n = 7
    while page < pages:
        parts.append(f"\n## Section {page + 1}: {_GOODS[page % len(_GOODS)]} and {_PLACES[page % len(_PLACES)]}\n")
        for k, paragraph in enumerate(_PARAGRAPHS):
            n = (n * 7 + 3) % 900 + 10
            text = paragraph.format(n=n)
            good, place, role = _GOODS[(n + k) % len(_GOODS)], _PLACES[(n * 3 + k) % len(_PLACES)], _ROLES[n % len(_ROLES)]
            text += (f" In {place}, our {role} reviewed {n % 40 + 2} {good} suppliers in week {n % 52 + 1}"
                     f" and recorded {n % 9} findings on {_GOODS[(n + 5) % len(_GOODS)]} from {_PLACES[(n + 7) % len(_PLACES)]}.")
            parts.append(f"\n{text}\n")
            words += len(text.split())
            if words >= 500 * (page + 1):
                page += 1
    parts.append("\n## Approval\n\nThis statement was approved by the board of directors on 3 March 2025.\n\n"
                 "Rosalind Achebe\nManaging Director\n")
    return "".join(parts)


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    text = build_statement(args.pages)
    document = document_from_text(text, path="statement.md")
    packs = auditcheck.load_packs()
    classifier = load_classifier()
    statement_model = classifier.statement
    # warm up both paths (pattern compilation, model loading, word caches)
    auditcheck.evaluate(document, pack="company-statement", packs=packs)
    auditcheck.evaluate(document, pack="company-statement", packs=packs, classifier=classifier)
    # alternate the two so that load from other jobs falls on both alike
    without: list[float] = []
    with_model: list[float] = []
    for _ in range(args.repeats):
        without.append(_cpu(lambda: auditcheck.evaluate(document_from_text(text, path="s.md"), pack="company-statement",
                                                        packs=packs)))
        with_model.append(_cpu(lambda: auditcheck.evaluate(document_from_text(text, path="s.md"), pack="company-statement",
                                                           packs=packs, classifier=classifier)))
    # the models' own share, each on a document the rules have already read (as in a scoring run,
    # where the engine builds the sentence index the models reuse) and never scored by a model
    def read_by_rules():
        document = document_from_text(text, path="s.md")
        auditcheck.evaluate(document, pack="company-statement", packs=packs)
        return document

    model_only = [_cpu(lambda d=read_by_rules(): statement_model.evidence_for(d, threshold=0.7))
                  for _ in range(args.repeats)]
    both_models = [_cpu(lambda d=read_by_rules(): classifier.evidence_for(d, threshold=0.7))
                   for _ in range(args.repeats)]
    sentences = len(statement_model.document_sentences(document)[0])
    a, b, m = statistics.median(without), statistics.median(with_model), statistics.median(model_only)
    pm = statistics.median(both_models)
    print(f"statement: {args.pages} pages, {len(text.split())} words, {sentences} sentences")
    print(f"score without models: {a:.3f} s CPU (median of {args.repeats})")
    print(f"score with models (--model: passage + statement): {b:.3f} s CPU")
    print(f"statement model alone (sentences, features, probabilities, evidence): {m:.3f} s CPU")
    print(f"both models' evidence (what --model adds before the criteria use it): {pm:.3f} s CPU")
    print(f"ratio with / without: {b / a:.2f}x (target <= 1.5x)")
    # each pair ran back to back, so its ratio shares that moment's load from other jobs
    pairs = sorted(w / o for w, o in zip(with_model, without, strict=True))
    print(f"paired ratios ({args.repeats} pairs): min {pairs[0]:.2f}x, median "
          f"{statistics.median(pairs):.2f}x, max {pairs[-1]:.2f}x")


if __name__ == "__main__":
    main()
