from random import SystemRandom
import secrets as s

_rng = SystemRandom()


def generate_otp():
    return "".join(str(_rng.randint(0, 9)) for _ in range(6))


def reset_token():
    return s.token_urlsafe(32)
