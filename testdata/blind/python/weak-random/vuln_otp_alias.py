from random import randint as rnd

from django.core.cache import cache
from django.http import JsonResponse

from .sms import send_sms


def send_login_code(request):
    phone = request.POST["phone"]
    code = "%06d" % rnd(0, 999999)  # LABEL: CWE-338
    cache.set("otp:" + phone, code, timeout=300)
    send_sms(phone, "Your login code is " + code)
    return JsonResponse({"sent": True})
