import random


def send_otp(user):
    user.otp_code = random.randint(100000, 999999)  # vigil:expect VGL-PY-RAND-001
    user.save()
