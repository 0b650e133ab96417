from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


def seal_card_number(number: str, key: bytes) -> bytes:
    cipher = DES.new(key[:8], DES.MODE_ECB)  # LABEL: CWE-327
    return cipher.encrypt(pad(number.encode(), 8))


def open_card_number(blob: bytes, key: bytes) -> str:
    cipher = DES.new(key[:8], DES.MODE_ECB)  # LABEL: CWE-327
    return unpad(cipher.decrypt(blob), 8).decode()
