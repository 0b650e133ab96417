import random


def roll():
    dice = random.randint(1, 6)
    return dice
