import os
import shlex
from flask import request


def ping():
    host = shlex.quote(request.form["host"])
    os.system("ping -c 1 " + host)
    os.system("uptime")
