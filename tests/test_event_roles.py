"""EventContext's role look-ups over stretches of tokens (role_in, first_with_role) answer as a
look-up of every token of the stretch does (issue 17).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from extract import read_text
from extract.extractors.events import EventContext

TEXT = ("أحبطت الشرطة هجوما على مركز المدينة، وقالت إنها منعت التظاهرات. "
        "ولم تسجل أي اشتباكات في الحي بعد أن هدد المسلحون بقصف السوق.")


def test_stretch_lookups_agree_with_token_lookups(nlp):
    doc = nlp.process(read_text(TEXT))
    context = EventContext(doc)
    count = len(doc.tokens)
    roles = {context.role(index) for index in range(count)} - {None}
    assert len(roles) >= 2, roles  # the sentences hold cues, so the comparison reads something
    for role in roles | {"no_such_role"}:
        for first in range(-2, count + 2):
            for end in range(first - 1, count + 3):
                stretch = range(first, end)
                expected = next((index for index in stretch if context.role(index) == role), None)
                assert context.first_with_role(role, stretch) == expected, (role, first, end)
                assert context.role_in(role, stretch) == (expected is not None)
