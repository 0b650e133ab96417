from Crypto.Cipher import DES


def encrypt(key, data):
    cipher = DES.new(key, DES.MODE_CBC)  # vigil:expect VGL-PY-CRYPTO-001
    return cipher.encrypt(data)
