from Crypto.PublicKey import RSA


def new_key():
    return RSA.generate(4096)
