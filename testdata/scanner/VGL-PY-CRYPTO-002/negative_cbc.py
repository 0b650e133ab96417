from Crypto.Cipher import AES


def encrypt(key, iv, data):
    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)
