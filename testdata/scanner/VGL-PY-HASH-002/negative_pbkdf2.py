import hashlib
import os


def store(user, password):
    salt = os.urandom(16)
    user.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
