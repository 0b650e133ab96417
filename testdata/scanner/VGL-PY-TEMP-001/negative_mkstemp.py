import os
import tempfile


def scratch():
    fd, path = tempfile.mkstemp(suffix=".txt")
    os.write(fd, b"data")
    return path
