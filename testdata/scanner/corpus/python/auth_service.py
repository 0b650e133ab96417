import hashlib
import random
import string

import jwt

SIGNING_KEY_FILE = "/run/secrets/jwt"


def load_key():
    with open(SIGNING_KEY_FILE) as fh:
        return fh.read().strip()


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()  # LABEL: CWE-328, CWE-916


def new_reset_token():
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))  # LABEL: CWE-338
    return token


def verify(token):
    return jwt.decode(token, load_key(), algorithms=["HS256"])


def peek(token):
    return jwt.decode(token, options={"verify_signature": False})  # LABEL: CWE-347
