import os

from Crypto.Cipher import ARC4
from django.http import HttpResponse

EXPORT_KEY = os.environ["EXPORT_KEY"].encode()


def encrypted_export(request):
    rows = "id,amount\n1,10\n2,25\n".encode()
    cipher = ARC4.new(EXPORT_KEY)  # LABEL: CWE-327
    return HttpResponse(cipher.encrypt(rows), content_type="application/octet-stream")
