import hashlib


def token_digest(token):
    return hashlib.md5(token.encode()).hexdigest()  # vigil:expect VGL-PY-HASH-001
