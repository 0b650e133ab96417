import tarfile


def unpack(path, dest):
    with tarfile.open(path) as tar:
        tar.extractall(dest)  # vigil:expect VGL-PY-ARCHIVE-001
