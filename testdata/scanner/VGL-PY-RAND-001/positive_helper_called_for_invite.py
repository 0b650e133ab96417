import random
import string

ALPHABET = string.ascii_uppercase + string.digits


def _random_chars(n):
    return "".join(random.choices(ALPHABET, k=n))  # vigil:expect VGL-PY-RAND-001


def create_invitation(team, email):
    code = _random_chars(8)
    team.invitations.create(email=email, code=code)
    return code
