import hashlib


def check(pwd, stored):
    return hashlib.md5(pwd.encode()).hexdigest() == stored  # vigil:expect VGL-PY-HASH-002
