import os


class ExportStore:
    def __init__(self, root):
        self.root = root

    def path_for(self, name):
        if not name:
            name = "latest.csv"
        return os.path.join(self.root, os.path.basename(name))

    def read(self, name):
        with open(self.path_for(name), "rb") as fh:
            return fh.read()
