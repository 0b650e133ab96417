import tempfile


def scratch():
    path = tempfile.mktemp(suffix=".txt")  # vigil:expect VGL-PY-TEMP-001
    with open(path, "w") as fh:
        fh.write("data")
