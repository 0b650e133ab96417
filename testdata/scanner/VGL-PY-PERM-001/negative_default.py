import os


def cache_dir(path):
    os.makedirs(path, 0o755, exist_ok=True)
