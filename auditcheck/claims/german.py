r"""German words for the slots of the claim grammar.

The case this tool was built around (a German carmaker's plant in Xinjiang, audited by a German
consultancy) was announced and reported in German as much as in English, and German law (the
Supply Chain Act, LkSG) and German regulators ask for the same judgement. A conclusion has the
same shape in both languages: an assessment, a verb of finding, a negation and a forced-labour
object ("Die Prüfung hat keine Hinweise auf Zwangsarbeit ergeben"). So German is not a second
grammar: each alternation here joins the English word class of the same slot in ``grammar``,
``speakers``, ``violations`` and ``decline``, and the detector is unchanged.

Only forms that cannot be English words are listed, so that no English sentence changes reading.
Letters outside ASCII are written as ``\w`` (``Pr\wfung`` for "Prüfung"): a pattern that names
a non-ASCII letter cannot be ruled out by the sentence screen on any sentence with an accented
letter (see ``auditcheck.text.screen``), and these words join the English classes, which would
then run in full on every such sentence.
"""

from __future__ import annotations

import re


def _ascii(pattern: str) -> str:
    r"""The pattern with each non-ASCII letter widened to ``\w``."""
    return re.sub(r"[^\x00-\x7f]", r"\\w", pattern)


#: Forced labour and its kin (compounds take their plural and inflected endings).
FL_OBJECT = (
    r"Zwangsarbeit(?:er(?:innen|n)?)?|Kinderarbeit|Schuldknechtschaft|(?:moderne\s+)?Sklaverei"
    r"|Menschenhandel(?:s)?|Menschenrechtsverletzungen|Arbeitsrechtsverletzungen"
)

#: Negations and absolute quantifiers.
NEGATION = r"kein(?:e|en|er|em|es)?|nicht|niemals|nirgends"

#: Verbs of finding, including the separable "stellte ... fest" by its two halves.
FIND_VERB = (
    r"ergab(?:en)?|ergeben|ergibt|gefunden|fand(?:en)?|findet|festgestellt|feststellen"
    r"|stellte(?:n)?|entdeckt(?:e|en)?|aufgedeckt|nachgewiesen|zeigte(?:n)?|gezeigt"
)

#: Something that is assessed.
ASSESSMENT = (
    r"Prüfung(?:en)?|Prüfer(?:innen|n)?|Untersuchung(?:en)?|Kontrolle(?:n)?"
    r"|Inspektion(?:en)?|Überprüfung(?:en)?|Begutachtung"
)

#: There is / there was: a finding's verb in an existential clause ("gibt es keine ...").
EXISTENTIAL = r"gibt\s+es|gab\s+es|es\s+gibt|es\s+gab"

#: Verbs and phrases of saying ("teilte ... mit", "sagte", "laut X", "X zufolge").
SAY = (
    r"sagte(?:n)?|teilte(?:n)?|erklärte(?:n)?|betonte(?:n)?|berichtete(?:n)?|kritisierte(?:n)?"
    r"|versicherte(?:n)?|bekräftigte(?:n)?|hieß\s+es"
)
ATTRIBUTION = r"\blaut\b|\bzufolge\b|\bnach\s+Angaben\b"

#: Speaker nouns, by the speaker class they name.
SPEAKERS = {
    "workers": r"Arbeiter(?:innen|n)?|Beschäftigte(?:n)?|Mitarbeiter(?:innen|n)?",
    "official": (
        r"Behörde(?:n)?|Regierung|Ministerium|Inspektor(?:en|in|innen)?|Zoll(?:behörde)?"
        r"|Gericht|Staatsanwaltschaft|Bundesamt|BAFA"
    ),
    "auditor": (
        r"Prüfer(?:innen|n)?|Prüfgesellschaft|Prüfunternehmen|Beratungsfirma|Beratungsunternehmen"
        r"|Wirtschaftsprüfer|Gutachter(?:innen|n)?|Zertifizierer"
    ),
    "critic": (
        r"Menschenrechtsorganisation(?:en)?|Menschenrechtler(?:innen|n)?|Kritiker(?:innen|n)?"
        r"|Aktivist(?:en|innen)?|Forscher(?:innen|n)?|Nichtregierungsorganisation(?:en)?"
        r"|Gewerkschaft(?:en)?"
    ),
    "company": (
        r"Unternehmen(?:s)?|Konzern(?:s)?|Autobauer(?:s)?|Autokonzern(?:s)?|Hersteller(?:s)?"
        r"|Firma|Zulieferer(?:s)?|Sprecher(?:in)?|Vorstand|Geschäftsführung"
    ),
}

#: An honest limit: credible or independent assessment is not possible.
DECLINE_LIMIT = (
    r"\b(?:unabhängige|glaubwürdige|verlässliche|zuverlässige|seriöse|unabhängigen)\s+"
    r"(?:\w+\s+){0,2}?(?:Prüfungen|Prüfung|Audits|Kontrollen|Untersuchungen)\s+(?:\w+\s+){0,5}?"
    r"(?:nicht|kaum)\s+(?:mehr\s+)?möglich"
    r"|\bnicht\s+möglich,?\s+(?:\w+\s+){0,4}?(?:unabhängig|glaubwürdig|verlässlich)\s+zu\s+"
    r"(?:prüfen|auditieren|kontrollieren|untersuchen)"
    # "dass in Xinjiang keine glaubwürdigen Audits möglich sind"
    r"|\bkeine\s+(?:\w+\s+){0,2}?(?:Prüfungen|Prüfung|Audits|Kontrollen|Untersuchungen)\s+"
    r"(?:\w+\s+){0,3}?(?:möglich|durchführbar)"
)

#: Concrete violations in German.
VIOLATION = (
    r"Pässe\s+(?:\w+\s+){0,3}?(?:abgenommen|einbehalten|weggenommen|entzogen)"
    r"|(?:abgenommen|einbehalten|weggenommen)\w*\s+(?:\w+\s+){0,2}?Pässe"
    r"|(?:Vermittlungs|Anwerbe|Rekrutierungs)gebühren|Schuldknechtschaft|Zwangsarbeit"
    r"|Kinderarbeit|Lohn(?:einbehalt|rückstände)|einbehaltene\s+Löhne"
)

#: Verbs that report a finding of violations ("stellten fest, dass ...", "fanden", "wurde
#: festgestellt").
ADVERSE_FOUND = (
    r"stellte(?:n)?\s+(?:\w+\s+){0,4}?fest|festgestellt|fand(?:en)?|gefunden|entdeckt(?:e|en)?"
    r"|ergab(?:en)?|ergeben|dokumentiert(?:e|en)?|nachgewiesen|aufgedeckt"
)


FL_OBJECT, NEGATION, FIND_VERB, ASSESSMENT, EXISTENTIAL, SAY, ATTRIBUTION = map(
    _ascii, (FL_OBJECT, NEGATION, FIND_VERB, ASSESSMENT, EXISTENTIAL, SAY, ATTRIBUTION)
)
#: A certificate, seal or audit suspended or withdrawn ("hat das Siegel ... ausgesetzt").
DECLINE_ACT = (
    r"(?:Zertifikat|Siegel|Pr\wfsiegel|Testat|Audit|Zertifizierung)\w*\s+(?:[\w-]+\s+){0,8}?"
    r"(?:ausgesetzt|entzogen|zur\wckgezogen|widerrufen|aberkannt|suspendiert)"
    # "keine Baumwolle mehr aus der Region zu beziehen": sourcing ended
    r"|\b(?:keine|nicht)\s+(?:\w+\s+){0,3}?mehr\s+(?:\w+\s+){0,4}?(?:zu\s+)?(?:beziehen|einkaufen"
    r"|kaufen|auditieren|zertifizieren)"
)

DECLINE_LIMIT, VIOLATION, ADVERSE_FOUND, DECLINE_ACT = map(
    _ascii, (DECLINE_LIMIT, VIOLATION, ADVERSE_FOUND, DECLINE_ACT)
)
SPEAKERS = {kind: _ascii(words) for kind, words in SPEAKERS.items()}
