"""Word classes that more than one layer reads: the claim grammar and the fact patterns both
count workers, and a worker class known to one and not the other made them disagree."""

from __future__ import annotations

#: People who work, however a text names them: the one word class for every rule that asks
#: whether its subject or its count is workers.
WORKERS = (
    r"(?:workers?|employees?|labou?rers?|migrants?|interviewees?|respondents?|harvesters?"
    r"|pickers?|fishers?|fishermen|deckhands?|seafarers?|crew(?:\s+members?)?|cleaners?"
    r"|machinists?|drivers?|apprentices?|trainees?|interns?|sewers|weavers|spinners|miners?)"
)
