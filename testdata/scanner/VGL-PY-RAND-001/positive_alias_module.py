import random as rnd


def generate_otp(length=6):
    return "".join(str(rnd.randint(0, 9)) for _ in range(length))  # vigil:expect VGL-PY-RAND-001
