import os


def save_key(path):
    os.chmod(path, 0o600)
