import random
import time


class SessionStore:
    def __init__(self):
        self.rng = random.Random(time.time())

    def new_session_id(self):
        return "%032x" % self.rng.getrandbits(128)  # vigil:expect VGL-PY-RAND-001
