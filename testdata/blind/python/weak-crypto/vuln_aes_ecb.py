import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.b64decode(os.environ["CARD_KEY"])


def encrypt_card_number(number: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(number.encode()) + padder.finalize()
    encryptor = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()  # LABEL: CWE-327
    return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()
