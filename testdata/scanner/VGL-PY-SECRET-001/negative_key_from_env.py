import hashlib
import hmac
import os

import jwt
from Crypto.Cipher import AES

SECRET = os.environ["JWT_SECRET"]
KEY = bytes.fromhex(os.environ["CARD_KEY"])


def issue_token(user_id):
    return jwt.encode({"sub": str(user_id)}, SECRET, algorithm="HS256")


def read_token(token):
    return jwt.decode(token, key=SECRET, algorithms=["HS256"])


def sign_payload(body: bytes) -> str:
    return hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


def seal(card_token: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM)
    return cipher.encrypt(card_token)
