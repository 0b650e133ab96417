"""Results remembered on disk under a hash of their key: the program reads back what it wrote."""

import hashlib
import os
import pickle

STORE = os.path.expanduser("~/.myapp/results")


def _path(key):
    return os.path.join(STORE, hashlib.sha256(key.encode()).hexdigest() + ".pkl")


def remember(key, value):
    with open(_path(key), "wb") as fh:
        pickle.dump(value, fh)


def recall(key):
    p = _path(key)
    if not os.path.exists(p):
        return None
    with open(p, "rb") as fh:
        return pickle.load(fh)
