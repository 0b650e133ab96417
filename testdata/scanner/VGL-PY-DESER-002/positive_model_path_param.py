"""A model file named by the caller: save and load take any path."""
import pickle
import sys

DEFAULT_MODEL = "model.pkl"


def save_model(model, path=DEFAULT_MODEL):
    with open(path, "wb") as fh:
        pickle.dump(model, fh)


def load_model(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # vigil:expect VGL-PY-DESER-002


def load_shared(name):
    target = "/srv/shared/" + name
    return pickle.load(open(target, "rb"))  # vigil:expect VGL-PY-DESER-002


if __name__ == "__main__":
    print(load_model(sys.argv[1]))
