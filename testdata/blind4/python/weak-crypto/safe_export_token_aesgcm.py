import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ExportTokenCipher:
    """Encrypts the short-lived tokens embedded in report download links."""

    def __init__(self, key=None):
        self.key = key or bytes.fromhex(os.environ["EXPORT_TOKEN_KEY"])
        self.aead = AESGCM(self.key)

    def seal(self, claims):
        nonce = os.urandom(12)
        raw = self.aead.encrypt(nonce, json.dumps(claims).encode(), b"export-token")
        return base64.urlsafe_b64encode(nonce + raw).decode()

    def open(self, token):
        data = base64.urlsafe_b64decode(token)
        raw = self.aead.decrypt(data[:12], data[12:], b"export-token")
        return json.loads(raw)
