import os


class ExportStore:
    """Reads finished CSV exports from the shared volume."""

    def __init__(self, root):
        self.root = root

    def path_for(self, name):
        if not name.endswith(".csv"):
            name = name + ".csv"
        return os.path.join(self.root, name)

    def read(self, name):
        with open(self.path_for(name), "rb") as fh:  # LABEL: CWE-22
            return fh.read()
