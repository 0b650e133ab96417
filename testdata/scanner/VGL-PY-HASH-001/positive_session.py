import hashlib
import time


def new_session_id(user):
    return hashlib.md5(f"{user}{time.time()}".encode()).hexdigest()  # vigil:expect VGL-PY-HASH-001


def verify_password(stored, password):
    return stored == hashlib.sha1(password.encode()).hexdigest()  # vigil:expect VGL-PY-HASH-001
