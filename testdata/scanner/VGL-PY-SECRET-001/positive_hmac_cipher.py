import hashlib
import hmac

from Crypto.Cipher import AES


def sign_payload(body: bytes) -> str:
    return hmac.new(b"c1f4e7a9b2d5086e3f1a", body, hashlib.sha256).hexdigest()  # vigil:expect VGL-PY-SECRET-001


def seal(card_token: bytes) -> bytes:
    cipher = AES.new(b"9Fk2Lq7Xv0Rt3Wz8", AES.MODE_GCM)  # vigil:expect VGL-PY-SECRET-001
    ciphertext, tag = cipher.encrypt_and_digest(card_token)
    return cipher.nonce + tag + ciphertext
