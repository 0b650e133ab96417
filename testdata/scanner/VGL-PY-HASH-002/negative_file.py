import hashlib


def checksum(content):
    return hashlib.sha256(content).hexdigest()
