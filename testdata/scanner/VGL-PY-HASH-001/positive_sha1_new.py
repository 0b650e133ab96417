import hashlib


def sign(data):
    h = hashlib.new("sha1")  # vigil:expect VGL-PY-HASH-001
    h.update(data)
    return h.digest()
