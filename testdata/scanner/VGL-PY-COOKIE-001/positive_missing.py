from flask import make_response


def login(session_id):
    resp = make_response("ok")
    resp.set_cookie("session", session_id)  # vigil:expect VGL-PY-COOKIE-001
    return resp
