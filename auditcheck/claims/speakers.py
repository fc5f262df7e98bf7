"""Who speaks: verbs of saying, first person, the cues that name a speaker class, the furniture
of wire stories, press releases and reports, and first-person self-descriptions."""

from __future__ import annotations

from ..models import Speaker
from ..text import cached_re as re
from ..text.screen import ScreenedPattern
from . import german as de
from .base import rx as _rx

SAY = (
    r"sa(?:y|ys|id|ying)|stat(?:e|es|ed|ing)|told|tell(?:s|ing)?|announc(?:e|es|ed|ing)"
    r"|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?"
    r"|maintain(?:s|ed)?|assert(?:s|ed)?|add(?:s|ed)|wrote|writes|declar(?:e|es|ed)"
    r"|affirm(?:s|ed)?|reiterat(?:e|es|ed)"
    r"|explain(?:s|ed)|argu(?:e|es|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|emphasi[sz](?:e|es|ed)"
    r"|stress(?:es|ed)|admit(?:s|ted)|acknowledg(?:e|es|ed)|conced(?:e|es|ed)"
    r"|point(?:s|ed)\s+out|describ(?:e|es|ed)\s+(?:[\w’'-]+\s+){1,4}?as"
    rf"|{de.SAY}"
)


ATTRIBUTION = _rx(
    rf"\b(?:{SAY})\b|\baccording\s+to\b|\blearn(?:ed|t)\s+from\b|\bheard\s+from\b"
    r"|\bin\s+(?:a|its|their|his|her)\s+"
    r"(?:statement|response|reply|filing|press\s+release|letter|email)\b|\bquoted\b"
    rf"|{de.ATTRIBUTION}"
)


FIRST_PERSON = _rx(r"\b(?:we|our|us|ourselves|I)\b")


#: Speaker classes, tried in order on the words that name who speaks.

#: The owners of social-compliance and certification schemes, by name: a scheme's own release
#: or a quote from it is the standard owner's word, whatever its name ends in ("Fair Labor
#: Association", "Rainforest Alliance", "Marine Stewardship Council"). Acronyms that are also
#: words are matched in capitals only.
SCHEME_OWNERS = (
    r"Social\s+Accountability\s+International|amfori|Sedex|Responsible\s+Business\s+Alliance"
    r"|Better\s+Cotton(?:\s+Initiative)?|Roundtable\s+on\s+(?:Sustainable\s+)?[A-Z]\w+(?:\s+Oil)?"
    r"|Fair\s+Labor\s+Association|Fair\s+Wear(?:\s+Foundation)?|Fairtrade(?:\s+International)?"
    r"|Fair\s+Trade\s+USA|Rainforest\s+Alliance|Marine\s+Stewardship\s+Council"
    r"|Forest\s+Stewardship\s+Council|Aquaculture\s+Stewardship\s+Council|Bonsucro"
    r"|GLOBALG\.?A\.?P\.?|Ethical\s+Trading\s+Initiative|ISEAL|Responsible\s+Jewellery\s+Council"
    r"|Responsible\s+Minerals\s+Initiative|Worldwide\s+Responsible\s+Accredited\s+Production"
    r"|(?-i:SAI|SAAS|RBA|BCI|RSPO|FLA|SLCP|APSCA|UTZ|MSC|FSC|ASC|ETI|RJC|RMI|WRAP)"
)

#: Audit, certification and assessment firms whose names do not say what they do ("Bureau
#: Veritas" is no public bureau, "Verité" no newspaper). Acronyms in capitals only.
AUDIT_FIRMS = (
    r"Bureau\s+Veritas|Intertek|(?-i:T\wE?V)(?:\s+(?:Rheinland|S\wE?D|NORD|Austria))?"
    r"|Verit[^\W\dy_]|Impactt|ELEVATE|Elevate\s+Limited|Control\s+Union|SIRIM(?:\s+QAS)?|Sumerra"
    r"|L\wE?ning|Openview|(?-i:SGS|LRQA|QIMA|RINA|DNV|ALGI|UL\s+Solutions)"
)
#: Non-governmental organisations and research centres whose names do not say what they are.
KNOWN_OUTSIDERS = (
    r"Amnesty(?:\s+International)?|Anti-Slavery\s+International|Global\s+Witness|Walk\s+Free"
    r"|KnowTheChain|Transparentem|Finnwatch|Swedwatch|(?-i:SOMO)|Oxfam|Greenpeace|Stop\s+the\s+Traffik"
    r"|Corporate\s+Accountability\s+Lab|Global\s+Labor\s+Justice|Uyghur\s+Human\s+Rights\s+Project"
    r"|universit(?:y|ies|\w|\wt)|academics?|researchers?"
)

SPEAKER_CUES: tuple[tuple[Speaker, ScreenedPattern], ...] = (
    (
        "workers",
        _rx(
            # "the garment workers' federation" is an organisation speaking for workers (a
            # critic), not workers speaking
            r"\b(?:workers?|employees?|labou?rers|migrants?|interviewees|survivors?|harvesters"
            r"|pickers|fishers|fishermen|deckhands|seafarers|cleaners|machinists|trainees"
            r"|staff\s+members?|a\s+former\s+(?:worker|employee))\b"
            r"(?![’']?\s+(?:federation|union|rights|cent(?:re|er)|organi[sz]ation|association"
            r"|alliance|council|network|solidarity|collective)\b)"
            rf"|\b(?:{de.SPEAKERS['workers']})\b"
        ),
    ),
    (
        "official",
        _rx(
            r"\b(?:officials?|government|ministry|minister|inspectors?|inspectorate|police|court"
            r"|parliament(?:ary)?"
            r"|judge|prosecutors?|authorit(?:y|ies)"
            r"|customs|CBP|department\s+of\s+labou?r|labou?r\s+(?:department|office)|regulators?"
            r"|federal\s+(?:\w+\s+)?(?:investigators?|agency|agencies|agents?|officers?)"
            r"|embassy|state\s+media|spokes(?:man|woman|person)\s+for\s+the\s+"
            r"(?:ministry|government)|European\s+(?:Union|Commission)|African\s+Union|EU)\b"
            rf"|\b(?:{de.SPEAKERS['official']})\b"
        ),
    ),
    (
        "standard_owner",
        _rx(
            rf"\b(?:standard[- ](?:owner|setter|holder|body)s?|scheme\s+owners?|{SCHEME_OWNERS}"
            r"|initiative|scheme)\b"
            # a scheme named as a standard: "director of the FreshFields Standard"
            r"|(?-i:\b[A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+)?Standard\b)"
        ),
    ),
    (
        "auditor",
        _rx(
            r"\b(?:auditors?|audit(?:ing)?\s+(?:firm|company|team|body|bodies|companies)s?|assessors?"
            r"|assessment\s+teams?|verifiers?|verification\s+bod(?:y|ies)"
            r"|certifi(?:er|ers|cation\s+bod(?:y|ies))"
            r"|inspection\s+compan(?:y|ies)|assurance\s+(?:providers?|practitioners?|firms?)"
            r"|consultan(?:t|ts|cy)|law\s+firm|lawyers"
            r"|monitor(?:s|ing\s+(?:group|organi[sz]ation))?|investigators?"
            # letters outside ASCII as \w, so that the sentence screen stays exact (see german.py)
            r"|Intertek|SGS|Bureau\s+Veritas|T\wV|UL|QIMA|ELEVATE|Impactt|Verit\w|RINA|SIRIM"
            r"|L\wning|Loening|LRQA|DNV)\b"
            rf"|\b(?:{de.SPEAKERS['auditor']})\b"
        ),
    ),
    (
        "critic",
        _rx(
            r"\b(?:NGOs?|campaign(?:ers|s)?|activists?|rights\s+groups?"
            r"|human\s+rights\s+(?:group|organi[sz]ation|watch)|researchers?|academics?|scholars?"
            # "union" in lower case, or named as workers' unions; a name ending in "Union" may be
            # a company ("Pacific Union") or a union of states (listed under officials)
            r"|analysts?|(?-i:unions?)|(?:trade|labou?r)\s+unions?|(?:con)?federation"
            r"|unions?\s+(?:leaders?|officials?|representatives?|members?)|watchdog|coalition|Amnesty"
            r"|Human\s+Rights\s+Watch|HRW|Clean\s+Clothes|CCC|SOMO|Sheffield\s+Hallam"
            r"|Business\s+(?:and|&)\s+Human\s+Rights|BHRRC"
            r"|Uyghur\s+(?:Human\s+Rights|Congress|advocates?)|advocates?|critics?|experts?"
            r"|report\s+by|investigation\s+by|Jamestown|ASPI|published\s+research"
            r"|academic\s+research|research\s+by)\b"
            rf"|\b(?:{de.SPEAKERS['critic']})\b"
        ),
    ),
    (
        "journalist",
        _rx(
            r"\b(?:Reuters|Associated\s+Press|AP|AFP|Bloomberg|Financial\s+Times|FT|Guardian"
            r"|New\s+York\s+Times|Der\s+Spiegel|Spiegel|Xinhua|BBC"
            r"|reporters?|journalists?|newspaper|news\s+agency|correspondents?"
            r"|this\s+(?:paper|newspaper|publication))\b"
        ),
    ),
    (
        "company",
        _rx(
            r"\b(?:company|companies|firm|group|carmaker|automaker|manufacturer|maker|retailer"
            r"|brand|supplier|buyer|business|corporation|management"
            r"|chief\s+executive|CEO|board|spokes(?:man|woman|person)|executives?|plc|Inc|Ltd"
            r"|GmbH|AG|joint\s+venture|plant|factory|mill|subsidiary|owner|website"
            r"|(?:general\s+|managing\s+|plant\s+|factory\s+)?managers?|directors?"
            r"|chair(?:man|woman|person)?)\b"
            rf"|\b(?:{de.SPEAKERS['company']})\b"
        ),
    ),
)


#: Wire and press furniture: a text written by a journalist about others' words.
WIRE_FURNITURE = _rx(
    # "LONDON, May 2 (Reuters) -" and "BANGKOK, 21 May (Wire) -": month and day either way round
    # (in bold or not, with a year and a US state or not: "**ALMA, Ga., Aug. 20, 2026 (Wire)** —")
    r"^\s*[*_]{0,3}[A-Z][A-Za-z .'-]{1,40},?\s+(?:[A-Z][a-z]{1,4}\.,\s+)?"
    r"(?:\w+\.?\s+\d{1,2},?\s+(?:\d{4}\s+)?|\d{1,2}\s+\w+\.?\s+(?:\d{4}\s+)?)?"
    r"\([A-Z][\w .&-]{1,30}\)[*_]{0,3}\s*[-–—]"
    r"|\((?:Reuters|AFP|AP)\)\s*[-–—]"
    # "KAOHSIUNG, Taiwan — ...": a city in capitals and its country open a news story
    # (an accented capital is any character but a space, comma, digit or lower-case letter)
    r"|^\s*(?-i:[A-Z][^\s,a-z0-9]+(?:\s+[A-Z][^\s,a-z0-9]+){0,3}),\s+"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*[-–—]\s"
    r"|\b(?:Reporting\s+by|Editing\s+by"
    r"|told\s+(?:Reuters|reporters|journalists|the\s+(?:newspaper|press|media|paper))"
    r"|said\s+in\s+a\s+statement\s+(?:on|to)"
    r"|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment)\b",
)


#: A report's own furniture: field labels only the assessor's document carries.
REPORT_FURNITURE = _rx(
    r"^\W*(?:report\s+(?:no|number|ref(?:erence)?)|lead\s+auditor"
    r"|audit(?:or)?\s+(?:dates?|type|team|days?|period)|assessment\s+(?:dates?|type|team|period)"
    # an assessor's own header: "**Assessor:** ...", "**Lead assessor:** ...", "**Dates:** ..."
    r"|(?:lead\s+)?assessors?|assurance\s+provider|verification\s+body|dates|commissioned\s+by"
    r"|auditor[- ]days"
    r"|overall\s+(?:rating|result|grade)|result|findings\s+table"
    r"|summary\s+of\s+(?:results|findings)"
    r"|non[- ]?conformit(?:y|ies)\s+(?:raised|summary))\W*[:|]"
)


PRESS_RELEASE = _rx(
    r"^\s*(?:#+\s*)?(?:(?:press\s+release|media\s+release|news\s+release"
    r"|for\s+immediate\s+release)\b|release\s+date\s*:?\s*$)"
)


#: First-person self-descriptions that say which kind of organisation speaks.
SELF_COMPANY = _rx(
    r"\b(?:our|we)\s+(?:\w+\s+){0,2}?(?:suppliers?|supply\s+chains?|factor(?:y|ies)|plants?"
    r"|sites?|mills?|operations|products|brands?|stores|customers|vendors|labou?r\s+agents?"
    r"|ranges?|collections?|orders"
    r"|subcontractors|employees|business|company|group|commissioned|source|sourcing|buy"
    r"|purchase)\b"
)


SELF_STANDARD = _rx(
    r"\b(?:as\s+(?:the\s+)?owner\s+of\s+the\s+standard"
    r"|our\s+(?:standard|label|scheme|certification\s+programme)|certificate\s+holders?"
    r"|certified\s+farms?|(?:we|our)\s+(?:\w+\s+)?(?:accredit|license|licence)\w*)\b"
)


SELF_CRITIC = _rx(
    r"\b(?:our\s+(?:organi[sz]ation|research(?:ers)?|investigation|campaign|union|members|amicus"
    r"|report\s+shows)|we\s+(?:call\s+on|urge|demand)|as\s+our\s+research\s+shows)\b"
)


SELF_AUDITOR = _rx(
    r"\b(?:our\s+(?:team|assessors?|auditors?\s+(?:spoke|interviewed|visited)|visit|fieldwork"
    r"|firm|verification)|we\s+(?:audited|interviewed|visited|assessed|inspected|verified"
    r"|were\s+(?:commissioned|engaged|asked)))\b"
)


SELF_OFFICIAL = _rx(
    r"\b(?:our\s+(?:inspectors|inspectorate|ministry|department|labou?r\s+inspectorate)"
    r"|the\s+court\s+finds)\b"
)

# --- bylines and signatures ---------------------------------------------------------------------
#: Organisation names by kind, for a byline ("Tarim Labour Watch - briefing, 30 July 2025") or a
#: signature ("for Lindqvist Labour Assessments AB"). Tried in this order: an audit firm's name
#: often ends in a company suffix, so the kind of work it names comes first.
ORG_KINDS: tuple[tuple[Speaker, ScreenedPattern], ...] = (
    (
        "auditor",
        _rx(
            r"\b(?:audit(?:s|ors|ing)?|assessments?|assurance|certification|verification"
            r"|inspection|compliance\s+services|social\s+(?:compliance|research)"
            rf"|consult(?:ing|ancy|ants?)|{AUDIT_FIRMS})\b"
        ),
    ),
    # a scheme named before the critics: "Fair Labor Association" is no workers' association
    # "Highland Leaf Standard": a body named for the standard it owns ("Standard Chartered" is
    # no scheme: the word must end the name)
    (
        "standard_owner",
        _rx(rf"\b(?:{SCHEME_OWNERS})\b|(?-i:\b[A-Z][\w’'-]+\s+Standard)\b(?!\s+[A-Z])"),
    ),
    (
        # a public body: "Forced Labour Import Review Office", "Ministry of Labour", "the
        # Inspectorate"; "Office" capitalised, since "head office" ends company addresses, and not
        # a company's own office ("Press Office, Larkspur Home")
        "official",
        _rx(
            r"\b(?:ministry|inspectorate|bureau|agency|authority|commission|tribunal|court"
            r"|customs|directorate|government|department\s+of)\b"
            r"|(?-i:(?<!Press\s)(?<!Media\s)(?<!Head\s)(?<!Registered\s)(?<!Communications\s)"
            r"\bOffice\b)"
        ),
    ),
    (
        "critic",
        _rx(
            # "Union" alone ends company names too ("Pacific Union"): a union says what kind
            r"\b(?:watch|(?:trades?|labou?r)\s+unions?|unions?\s+(?:congress|(?:con)?federation)"
            r"|uni(?!o)\wn|uni(?!d)\wo|syndicat|gewerkschaft|sindicato|trabalhadores"
            r"|trabajadores|committee|coalition|campaign|network|alliance|federation|council"
            # the workers' cue above leaves "the migrant workers' association" to this one
            r"|(?:workers|migrants|labou?r)[’']?\s+association"
            # a union named for its members: "Andaman Fishers' Union", "the Seafarers’ Union"
            r"|(?-i:[A-Z]\w+s[’']\s+Union)"
            r"|centre|center|institute|foundation|collective|solidarity|rights|advocates?|observatory"
            r"|briefing|note\s+for\s+members|open\s+letter|NGO"
            # an investor judging a holding's claims is an outsider to the audit, as a critic is
            r"|pension|investors?|asset\s+manage\w*|stewardship|shareholders?"
            rf"|{KNOWN_OUTSIDERS})\b"
        ),
    ),
    (
        "company",
        _rx(
            r"\b(?:Ltd|Lda|Limited|AB|AG|SE|GmbH|Inc|plc|PLC|LLC|Berhad|Bhd|S\.?A|S\.?p\.?A|Co"
            r"|Corp(?:oration)?|Group|Holdings|press\s+release|media\s+release)\b"
        ),
    ),
)
#: A case file's part label: "Part A —", "Part 2:", "Source 3:", "Document B -", "Exhibit IV.".
PART_LABEL_RX = (
    r"\W*(?:part|source|document|text|exhibit|extract|excerpt|item)\s+"
    r"(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*[—–:.)-]"
)
PART_LABEL = re.compile(PART_LABEL_RX, re.IGNORECASE)
#: A news organisation's name, for a byline ("*Harbour Newswire — 4 May 2026*").
NEWS_OUTLET = _rx(
    r"\b(?:news(?:wire|paper)?|wire\s+service|news\s+agency|gazette|tribune|herald|chronicle"
    r"|courier|ledger|journal|times|post|daily|weekly|radio|television)\b"
)
#: A byline: a short line near the top naming who speaks, then a genre or a date.
BYLINE = re.compile(
    r"^\W*(?P<org>[A-Z][^\n]{2,90}?)\s*(?:[-–—,|]\s*|\s+)"
    r"(?:[\w ]{0,40}?,\s*)?(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)\W*$",
    re.MULTILINE,
)
#: A byline naming the body a text is written for, with or without its writer: "*Briefing by Dr.
#: Ana Ruiz, Centre for Labour Rights*", "Report by the Andaman Migrant Rights Network, April".
BYLINE_BY = re.compile(
    r"^\W*(?i:(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:briefing|report|analysis|commentary|statement"
    r"|submission|summary|research\s+note|paper|letter|article|published|written|prepared|issued"
    # a release platform's line: "Submitted by Andaman Fishers' Union", "Posted by ..."
    r"|submitted|posted|distributed))"
    r"\s+by:?\s+"
    r"(?:(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s*,\s+)?"
    r"(?:the\s+)?(?P<org>[A-Z][^\n*_,]{2,80})",
    re.MULTILINE,
)
#: A signature: "Name, Lead Auditor" or "for Firm" in the last lines.
SIGNATURE_TITLE = _rx(
    r"^\W*(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w.’'-]*,\s+(?:the\s+)?(?:lead\s+|senior\s+|chief\s+)?"
    r"(?:auditor|assessor|verifier|certification\s+manager|audit\s+manager)\b"
)
SIGNED_FOR = re.compile(
    r"^\W*(?:signed\s+)?(?:[^\n,]{2,60},\s+)?(?:for|on\s+behalf\s+of)\s+(?P<org>[A-Z][^\n*]{2,80})",
    re.I | re.M,
)
#: A first-person text that speaks of the audit as someone else's: it has seen the report, or
#: weighs the audit in its own view. Auditors write "we interviewed", not "we have seen the report".
OUTSIDER_FIRST_PERSON = _rx(
    r"\bwe\s+(?:have\s+)?(?:seen|read|obtained|reviewed|analy[sz]ed|examined)\s+(?:the|a\s+copy\s+of"
    r"\s+the|this|its)\s+(?:\w+\s+){0,2}?(?:audit|assessment|certification|verification|social"
    r"\s+audit)\s+reports?\b"
    r"|\bin\s+our\s+(?:view|assessment|analysis|opinion),?\s+(?:the|this|that)\s+"
    r"(?:audit|assessment|certification|certifier|auditors?)\b"
)


def org_kind(name: str) -> Speaker | None:
    """The kind of organisation a name or byline says it is, if it says."""
    return first_kind(ORG_KINDS, name)


def first_kind(
    kinds: tuple[tuple[Speaker, ScreenedPattern | re.Pattern[str]], ...], text: str
) -> Speaker | None:
    """The first speaker class of an ordered table whose pattern occurs in the text."""
    return next((speaker for speaker, rx in kinds if rx.search(text)), None)


#: Another company speaking in a company's text: "the packer told us it complies", "our supplier
#: says". Both are companies, but the supplier's word is reported, not the author's own.
A_SUPPLIER_SAYS = _rx(
    r"\b(?:the|our|its|a|this|that|each|every)\s+(?:[\w-]+\s+)?(?:suppliers?|packers?|growers?"
    r"|vendors?|manufacturers?|factor(?:y|ies)|mills?|farms?|plants?|contractors?|agents?"
    r"|agencies|tanner(?:y|ies)|processors?|producers?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:told\s+us|said|says|stated|states|confirmed|confirms|assured\s+us|claimed|claims"
    r"|insisted|insists|maintained|maintains)\b"
)
