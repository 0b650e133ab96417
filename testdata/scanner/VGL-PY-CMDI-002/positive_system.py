import os


def compress(path):
    os.system("gzip -9 " + path)  # vigil:expect VGL-PY-CMDI-002
