def login(response, sid, secure_flag):
    response.set_cookie("sid", sid, secure=False, httponly=True)  # vigil:expect VGL-PY-COOKIE-001
    response.set_cookie("csrftoken", sid, secure=secure_flag, httponly=None)  # vigil:expect VGL-PY-COOKIE-001
    response.set_cookie("theme", "dark", secure=secure_flag, httponly=True)
