"""Generate a synthetic corpus of audit reports (Markdown and PDF) for the benchmark.

The text is invented boilerplate in the shape of a social audit report: headings, method,
interviews, recruitment, wages, findings. It carries the kinds of phrases the criteria look
for, so matching does realistic work, but it is not meant to be read. Deterministic for a
given seed. PDFs are written line by line with fpdf2's ``text`` (pre-wrapped), because its
``multi_cell`` manages only about ten pages a second.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from pathlib import Path

#: Words on one page of a generated report; the PDF writer fits about this many on an A4 page.
WORDS_PER_PAGE = 600

SECTIONS = {
    "Audit scope": [
        "This assessment covered the {site} facility of {company}, its dormitories and the canteen run by a contractor.",
        "The scope included the {n} production workers on the payroll and {m} workers supplied by agencies.",
        "Subcontracted processes such as printing and washing were {scope_sub}.",
        "The audit was {announce} and lasted {days} days on site.",
        "The buyer commissioned the audit and the supplier paid the fee for the visit.",
        "The facility is located in {place}, where the reference data lists a {risk} risk of state-imposed labour.",
    ],
    "Audit team and method": [
        "Lead auditor: {auditor} (APSCA number CSCA {apsca}), supported by two associate auditors.",
        "The audit firm states that it has no commercial relationship with the supplier beyond this assessment.",
        "Records were sampled for {sample} workers across three pay periods, chosen by the audit team.",
        "Management selected the workers to be interviewed and the interviews took place in the HR office.",
        "Worker interviews were held off-site, in the workers' own language, without managers present.",
        "We interviewed {iv} workers individually and {grp} in groups, including {mig} migrant workers.",
        "Documents reviewed included contracts, time cards, payroll, the grievance log and the agency agreements.",
    ],
    "Recruitment": [
        "Migrant workers were recruited through an agency in {origin} and travelled on employer-arranged visas.",
        "Workers reported paying recruitment fees of up to USD {fee} to sub-agents in their home villages.",
        "The supplier has a policy that no worker should pay for a job, and reimburses fees once they are proven.",
        "Several workers said they had taken loans to pay the agent and were still repaying them.",
        "Contracts were signed on arrival and were not in a language the workers could read.",
        "The recruitment channel for workers transferred from other provinces could not be traced by the audit.",
    ],
    "Wages and working hours": [
        "Basic wages met the legal minimum of {wage} per month; overtime was paid at 150 percent.",
        "Weekly hours reached {hours} in the peak season, above the legal limit, with one rest day in fourteen.",
        "Deductions for housing and food were made from wages without a written agreement.",
        "Wages were paid into bank accounts controlled by the workers themselves.",
        "A deposit of one month's wage was withheld from new workers until the end of the probation period.",
    ],
    "Freedom of movement": [
        "Passports of migrant workers were held by the employer in a locked cabinet, returned only on request.",
        "Identity documents are kept by the workers, and lockers are provided in the dormitory.",
        "Dormitory gates are locked at night and workers need a pass to leave the compound.",
        "Workers may resign with one month's notice; three workers who left recently confirmed they were paid in full.",
        "Security guards patrol the dormitory and record when workers come and go.",
    ],
    "Findings": [
        "No evidence of forced labour was found during the audit.",
        "The facility is rated compliant with the code of conduct, with two minor findings on fire safety.",
        "Indicators of forced labour were identified: retention of identity documents and debt from recruitment fees.",
        "Grievance records showed {griev} complaints in the past year, all closed within thirty days.",
        "Excessive overtime is a major non-compliance and a corrective action plan was agreed.",
        "The audit could not verify working hours for the night shift because records were incomplete.",
    ],
    "Corrective actions": [
        "Return all passports to workers within seven days and provide personal lockers.",
        "Repay recruitment fees to the affected workers within ninety days, verified by a follow-up visit.",
        "Review the agency contracts so that the employer bears every cost of recruitment.",
        "Publish a summary of this report and the corrective action plan on the buyer's website.",
        "A follow-up audit is scheduled in six months to verify that the actions were completed.",
    ],
}

FILLER = [
    "The production floor was clean and exits were clearly marked.",
    "Management was cooperative during the visit and provided the documents requested.",
    "The canteen serves three meals a day, and workers pay a subsidised price.",
    "Training records showed that new workers receive an induction on their first day.",
    "The health and safety committee meets every month and minutes are kept.",
    "Fire drills are carried out twice a year and the last one was recorded in March.",
    "Personal protective equipment was provided free of charge and used correctly.",
    "The site operates two shifts, and shift changes take place at six in the morning and six in the evening.",
]

PLACES = [
    ("Dhaka", "standard"),
    ("Ho Chi Minh City", "standard"),
    ("Xinjiang", "high"),
    ("Urumqi", "high"),
    ("Penang", "elevated"),
    ("Leicester", "standard"),
    ("Tamil Nadu", "elevated"),
    ("Guangdong", "standard"),
]
AUDITORS = [
    "Ines Okafor",
    "Mateo Ruiz",
    "Hana Kobayashi",
    "Priya Raman",
    "Jonas Weber",
    "Amina Diallo",
]


@dataclass(frozen=True)
class Spec:
    """One generated document: its name, format and the number of pages it is written to fill."""

    name: str
    fmt: str
    pages: int
    seed: int


def plan(count: int = 200, *, min_pages: int = 2, max_pages: int = 60, seed: int = 7) -> list[Spec]:
    """Half Markdown, half PDF; page counts spread evenly from ``min_pages`` to ``max_pages``."""
    rng = random.Random(seed)
    specs = []
    for i in range(count):
        pages = min_pages + (i * (max_pages - min_pages)) // max(count - 1, 1)
        fmt = "pdf" if i % 2 else "md"
        specs.append(Spec(f"report-{i:03d}-{pages:02d}p.{fmt}", fmt, pages, rng.randrange(1 << 30)))
    return specs


def report_text(pages: int, seed: int) -> tuple[str, list[tuple[str, str]]]:
    """The text of one report as (kind, text) items; kinds are 'title', 'heading', 'para'."""
    rng = random.Random(seed)
    place, risk = rng.choice(PLACES)
    slots = {
        "site": rng.choice(["main", "north", "river"]),
        "company": f"Supplier {rng.randrange(1000, 9999)} Ltd",
        "n": rng.randrange(80, 3000),
        "m": rng.randrange(0, 400),
        "days": rng.randrange(1, 4),
        "scope_sub": rng.choice(["included", "excluded", "not mentioned by management"]),
        "announce": rng.choice(["announced", "semi-announced", "unannounced"]),
        "place": place,
        "risk": risk,
        "auditor": rng.choice(AUDITORS),
        "apsca": rng.randrange(21700000, 21799999),
        "sample": rng.randrange(10, 80),
        "iv": rng.randrange(4, 60),
        "grp": rng.randrange(0, 30),
        "mig": rng.randrange(0, 20),
        "origin": rng.choice(["Nepal", "Myanmar", "Bangladesh", "a western province"]),
        "fee": rng.randrange(200, 3000),
        "wage": rng.randrange(100, 900),
        "hours": rng.randrange(48, 84),
        "griev": rng.randrange(0, 40),
    }
    items: list[tuple[str, str]] = [
        ("title", f"Social compliance audit report: {slots['company']}")
    ]
    words_left = pages * WORDS_PER_PAGE
    names = list(SECTIONS)
    round_no = 0
    while words_left > 0:
        for name in names:
            heading = name if round_no == 0 else f"{name} (continued, part {round_no + 1})"
            items.append(("heading", heading))
            for _ in range(rng.randrange(2, 5)):
                sentences = [rng.choice(SECTIONS[name]).format(**slots)]
                sentences += [rng.choice(FILLER) for _ in range(rng.randrange(3, 8))]
                rng.shuffle(sentences)
                para = " ".join(sentences)
                items.append(("para", para))
                words_left -= len(para.split())
            if words_left <= 0:
                break
        round_no += 1
    return slots["company"], items


def to_markdown(items: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in items:
        out.append(f"# {text}" if kind == "title" else f"## {text}" if kind == "heading" else text)
    return "\n\n".join(out) + "\n"


def write_pdf(path: Path, items: list[tuple[str, str]]) -> int:
    """Write a PDF with real text objects (what audit firms publish), return its page count."""
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.set_compression(True)
    y = 1000.0
    for kind, text in items:
        size, style, gap = {"title": (16, "B", 10), "heading": (12, "B", 7), "para": (10, "", 5)}[
            kind
        ]
        pdf.set_font("Helvetica", style=style, size=size)
        width = 95 if kind == "para" else 70
        lines = textwrap.wrap(text, width) or [""]
        if y + gap * 2 > 280:
            y = 1000.0
        for line in lines:
            if y > 280:
                pdf.add_page()
                y = 20.0
            pdf.text(15, y, line)
            y += gap
        y += gap * 0.6
    pdf.output(str(path))
    return pdf.page


def generate(folder: Path, specs: list[Spec]) -> list[tuple[Path, Spec]]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for spec in specs:
        _, items = report_text(spec.pages, spec.seed)
        path = folder / spec.name
        if spec.fmt == "pdf":
            write_pdf(path, items)
        else:
            path.write_text(to_markdown(items), encoding="utf-8")
        out.append((path, spec))
    return out
