import tarfile


def unpack_one(path, name, dest):
    tf = tarfile.open(path)
    tf.extract(name, path=dest)  # vigil:expect VGL-PY-ARCHIVE-001
