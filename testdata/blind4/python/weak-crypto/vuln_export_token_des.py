import base64
import json
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


class ExportTokenCipher:
    """Encrypts the short-lived tokens embedded in report download links."""

    def __init__(self, key=None):
        self.key = (key or os.environ["EXPORT_TOKEN_KEY"]).encode()[:8]

    def _cipher(self):
        return DES.new(self.key, DES.MODE_ECB)  # LABEL: CWE-327

    def seal(self, claims):
        raw = self._cipher().encrypt(pad(json.dumps(claims).encode(), DES.block_size))
        return base64.urlsafe_b64encode(raw).decode()

    def open(self, token):
        raw = unpad(self._cipher().decrypt(base64.urlsafe_b64decode(token)), DES.block_size)
        return json.loads(raw)
