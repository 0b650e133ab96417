import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TokenVault:
    def __init__(self):
        self.aead = AESGCM(base64.b64decode(os.environ["VAULT_KEY"]))

    def seal(self, token: str, owner: str) -> str:
        nonce = os.urandom(12)
        data = self.aead.encrypt(nonce, token.encode(), owner.encode())
        return base64.b64encode(nonce + data).decode()

    def open(self, sealed: str, owner: str) -> str:
        raw = base64.b64decode(sealed)
        return self.aead.decrypt(raw[:12], raw[12:], owner.encode()).decode()
