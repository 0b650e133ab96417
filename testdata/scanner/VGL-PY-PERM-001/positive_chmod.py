import os


def publish(path):
    os.chmod(path, 0o777)  # vigil:expect VGL-PY-PERM-001
