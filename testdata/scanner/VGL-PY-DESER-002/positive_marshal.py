import marshal


def restore(blob):
    return marshal.loads(blob)  # vigil:expect VGL-PY-DESER-002
