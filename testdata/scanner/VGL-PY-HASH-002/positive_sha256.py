import hashlib


def store(user, password):
    user.password_hash = hashlib.sha256(password.encode()).hexdigest()  # vigil:expect VGL-PY-HASH-002
