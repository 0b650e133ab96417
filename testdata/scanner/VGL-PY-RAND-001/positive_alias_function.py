from random import randint as r


def send_login_code(user, mailer):
    code = r(100000, 999999)  # vigil:expect VGL-PY-RAND-001
    user.pending_code = code
    mailer.send(user.email, f"Your login code is {code}")
