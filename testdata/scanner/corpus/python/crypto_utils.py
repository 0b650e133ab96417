import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_legacy(key, data):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # LABEL: CWE-327
    return enc.update(data) + enc.finalize()


def encrypt(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def tmp_name():
    import tempfile
    return tempfile.mkstemp()[1]
