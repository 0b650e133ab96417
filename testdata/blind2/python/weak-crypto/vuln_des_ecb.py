from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def seal_card_number(number: str, key: bytes) -> bytes:
    cipher = DES.new(key[:8], DES.MODE_ECB)  # LABEL: CWE-327
    return cipher.encrypt(pad(number.encode(), 8))
