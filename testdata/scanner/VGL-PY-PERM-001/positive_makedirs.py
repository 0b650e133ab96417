import os


def cache_dir(path):
    os.makedirs(path, 0o666, exist_ok=True)  # vigil:expect VGL-PY-PERM-001
