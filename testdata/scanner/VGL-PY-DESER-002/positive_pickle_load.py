import pickle


def load_model(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # vigil:expect VGL-PY-DESER-002
