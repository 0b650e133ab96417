"""Verifies webhook payloads signed by a partner with a shared secret."""
import hashlib
import hmac
import os

from django.http import HttpResponse, HttpResponseForbidden

SHARED_SECRET = os.environ["PARTNER_SECRET"].encode()


def partner_webhook(request):
    expected = hashlib.sha1(SHARED_SECRET + request.body).hexdigest()  # LABEL: CWE-328
    given = request.headers.get("X-Partner-Signature", "")
    if not hmac.compare_digest(expected, given):
        return HttpResponseForbidden()
    return HttpResponse("ok")
