"""Regex fragments the fact patterns share: numbers with qualifiers, worker nouns, names, dates.

Names are matched case-sensitively (``(?-i:...)``) so that "conducted by a local firm" never yields
the name "a local firm"; a name never runs over a blank line or past the end of a sentence.
"""

from __future__ import annotations

from ..text.numbers import NUMBER
from ..text.words import WORKERS as SHARED_WORKERS

QUALIFIER = (
    r"(?:about|around|approximately|approx\.|some|nearly|almost|more\s+than|over|at\s+least"
    r"|roughly|c\.|circa|a\s+total\s+of|a\s+sample\s+of|total\s+of)"
)
N = rf"(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})"
#: The shared worker class (occupations included: "harvesters", "deckhands") and the plain
#: words a count of interviewees also uses.
WORKERS = (
    rf"(?:{SHARED_WORKERS}|staff(?:\s+members)?|people|persons|individuals|operatives|women|men)"
)
ADJ = (
    r"(?:(?:individual|group|randomly[- ]selected|randomly[- ]chosen|selected|female|male|migrant"
    r"|foreign|local|"
    r"domestic|current|former|rank[- ]and[- ]file|production|production[- ]line|uyghur"
    r"|ethnic[- ]minority|"
    r"han|contract|agency|dispatch(?:ed)?|temporary|permanent|young|student|intern|other|more"
    r"|additional|"
    r"factory|site|plant)\s+){0,3}"
)

# --- names: case-sensitive, one line (or a wrapped line that continues with a capital), one
# sentence
UP = r"[A-ZÀ-ÖØ-Þ]"
STOP = (
    r"(?:The|This|That|These|Those|We|Our|It|Its|In|On|At|As|For|To|If|But|And|Or|However|Since|"
    r"While|When|During|After|Before|From|With|Workers?|Management|There|They|He|She|A|An|All|No"
    r"|Not|None|N/A)"
)
NAME_WORD = rf"(?:(?!{STOP}\b){UP}[\w&'’\-]*(?:\.(?=[ \t]*(?:[a-z(,]|$))|\.(?=\w))?|&)"
NAME_JOIN = r"(?:of|and|for|de|du|der|des|la|le|van|von|&)"
NAME_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-Þ&]))"
LEGAL = (
    r"(?:GmbH|AG|plc|PLC|Ltd\.?|Limited|Inc\.?|LLC|LLP|S\.A\.|SA|SAS|B\.V\.|BV|Co\.|Corp\.?|e\.V\.)"
)


# A word that starts the next "Label:" of a flattened form ("Intertek Report reference: ...").
LABEL_AHEAD = r"(?![\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}[ \t]*:(?!//))"


def name_group(group: str = "name", words: int = 6, *, one_line: bool = False) -> str:
    """A capitalised name of up to ``words`` words, matched case-sensitively.

    ``one_line`` keeps the name on its line (values in "Label: value" forms never wrap).
    """
    first = rf"(?!{STOP}\b){UP}[\w&'’\-]*"
    sep = r"[ \t]+" if one_line else NAME_SEP
    more = rf"(?:{sep}{LABEL_AHEAD}(?:{LEGAL}|{NAME_WORD}|{NAME_JOIN}(?={sep}{UP})))"
    return rf"(?-i:(?P<{group}>{first}{more}{{0,{words}}}))"


# "German human rights due diligence firm Loening ..." - the descriptor is not the name.
DESCRIPTOR = (
    r"(?:(?:[\w\-]+[ \t]+){0,6}?(?:firm|company|consultancy|consultants|organi[sz]ation|NGO"
    r"|body|agency|specialists?|auditors?)[ \t]+)?"
)
# The colon of a "Label: value" field, with the emphasis Markdown puts around a label
# ("**Audited by:** X", "__Payee__: X").
LABEL_COLON = r"(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?[ \t]*"
# Whitespace with at most one line break: a name may follow on the next line, never after a gap.
SP1 = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


PERSON = (
    r"(?-i:(?P<name>(?:Dr\.?[ \t]+|Mr\.?[ \t]+|Ms\.?[ \t]+"
    r"|Mrs\.?[ \t]+)?[A-ZÀ-ÞĀ-ɏ][a-zà-ÿā-ɏ'’\-]+(?:[ \t]+(?![\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}[ \t]*"
    r":)(?:[A-Z]\.|[A-ZÀ-ÞĀ-ɏ][a-zà-ÿā-ɏ'’\-]+|van|von|de|da|del|der)){1,3}))"
)

FL = (
    r"(?:(?:forced|bonded|compulsory|prison|involuntary|slave|trafficked|indentured|child)\s+"
    r"(?:or\s+\w+\s+)?(?:labou?r|work)"
    r"|modern\s+slavery|slavery|human\s+trafficking|debt\s+bondage|servitude)"
)
EVIDENCE_NOUN = (
    r"(?:indications?|indicators?|evidence|signs?|instances?|cases?|incidents?|traces?"
    r"|findings?|issues?|violations?|occurrences?|use)"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DAY_UNIT = r"(?:(?:auditor|person|man|woman|assessor)[- ]?days?|mandays?|man-days?)"
