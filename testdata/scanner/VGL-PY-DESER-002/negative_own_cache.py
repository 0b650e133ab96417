import os
import pickle

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "indexer")
CACHE_FILE = os.path.join(CACHE_DIR, "index.pkl")


def save_index(index):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    with open(CACHE_FILE, "wb") as fh:
        pickle.dump(index, fh)


def load_index():
    if not os.path.exists(CACHE_FILE):
        return None
    with open(CACHE_FILE, "rb") as fh:
        return pickle.load(fh)
