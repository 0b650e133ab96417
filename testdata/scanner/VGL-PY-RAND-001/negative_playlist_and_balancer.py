import random as rnd


def shuffle_playlist(tracks):
    order = list(tracks)
    rnd.shuffle(order)
    return order


def pick_backend(backends):
    return rnd.choice(backends)


def sample_rows(rows, k=100):
    return rnd.sample(rows, k)
