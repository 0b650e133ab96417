import re

WORD = re.compile(r"^[a-z]+$")


def ok(s):
    return WORD.match(s) is not None
