from flask import request

from . import netutil


def ping_view():
    host = request.form["host"]  # vigil:source
    code = netutil.ping(host)
    return str(code)
