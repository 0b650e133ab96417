import os


def ping(target):
    command = "ping -c 1 " + target
    return os.system(command)  # vigil:expect VGL-PY-CMDI-001
