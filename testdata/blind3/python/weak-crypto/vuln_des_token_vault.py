import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


class TokenVault:
    """Encrypts third-party API tokens before they are stored."""

    def __init__(self):
        self.key = base64.b64decode(os.environ["VAULT_KEY"])[:8]

    def seal(self, token: str) -> str:
        cipher = DES.new(self.key, DES.MODE_CBC)  # LABEL: CWE-327
        data = cipher.encrypt(pad(token.encode(), DES.block_size))
        return base64.b64encode(cipher.iv + data).decode()

    def open(self, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        cipher = DES.new(self.key, DES.MODE_CBC, iv=raw[:8])
        return unpad(cipher.decrypt(raw[8:]), DES.block_size).decode()
