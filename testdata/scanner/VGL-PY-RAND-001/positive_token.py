import random
import string


def reset_link(user):
    token = "".join(random.choice(string.ascii_letters) for _ in range(32))  # vigil:expect VGL-PY-RAND-001
    return f"/reset/{user.id}/{token}"
