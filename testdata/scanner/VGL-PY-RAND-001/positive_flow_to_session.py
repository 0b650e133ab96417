import random


def verify_phone(request, sms):
    n = random.randint(0, 999999)  # vigil:expect VGL-PY-RAND-001
    digits = "%06d" % n
    request.session["otp"] = digits
    sms.send(request.user.phone, digits)
