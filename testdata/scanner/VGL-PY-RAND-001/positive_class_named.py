from random import choice


class PasswordGenerator:
    CHARS = "abcdefghijkmnopqrstuvwxyz23456789"

    def generate(self, n=12):
        return "".join(choice(self.CHARS) for _ in range(n))  # vigil:expect VGL-PY-RAND-001
