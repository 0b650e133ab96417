"""Session state kept between runs in a file only this program writes."""

import pickle

STATE = "state.pkl"


def save_state(s):
    with open(STATE, "wb") as f:
        pickle.dump(s, f)


def load_state():
    with open(STATE, "rb") as f:
        return pickle.load(f)
