import hashlib

from django.db import connection
from django.http import HttpResponse


def register(request):
    user = request.POST["username"]
    digest = hashlib.md5(request.POST["password"].encode()).hexdigest()  # LABEL: CWE-328, CWE-916
    with connection.cursor() as cur:
        cur.execute("INSERT INTO users (name, pw) VALUES (%s, %s)", [user, digest])
    return HttpResponse(status=201)
