import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["CARD_KEY"])


def encrypt_card_number(number: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(KEY).encrypt(nonce, number.encode(), b"card")
    return base64.b64encode(nonce + sealed).decode()
