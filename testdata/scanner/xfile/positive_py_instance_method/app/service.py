import subprocess


class Archiver:
    def __init__(self, root):
        self.root = root

    def run(self, name):
        subprocess.call("tar czf /tmp/out.tgz " + name, shell=True)  # vigil:expect VGL-PY-CMDI-001
