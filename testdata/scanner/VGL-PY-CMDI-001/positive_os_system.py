import os
from flask import request


def ping():
    host = request.form["host"]
    os.system("ping -c 1 " + host)  # vigil:expect VGL-PY-CMDI-001
    return "ok"
