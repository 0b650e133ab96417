import os


def load_defaults():
    with open(os.path.join(os.path.dirname(__file__), "defaults.json")) as fh:
        return fh.read()
