import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal_card_number(number: str, key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, number.encode(), b"card")


def open_card_number(blob: bytes, key: bytes) -> str:
    nonce, body = blob[:12], blob[12:]
    return AESGCM(key).decrypt(nonce, body, b"card").decode()
