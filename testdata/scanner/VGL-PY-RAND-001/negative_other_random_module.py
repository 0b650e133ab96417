from numpy import random as nprand


def split_dataset(rows):
    mask = nprand.random(len(rows)) < 0.8
    return rows[mask], rows[~mask]


def ui_color():
    import random
    colour = random.choice(["red", "green", "blue"])
    return colour
