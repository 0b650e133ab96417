from Crypto.PublicKey import RSA


def new_key():
    return RSA.generate(512)  # vigil:expect VGL-PY-CRYPTO-003
