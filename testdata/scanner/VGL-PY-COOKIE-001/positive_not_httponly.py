def remember(response, token):
    response.set_cookie("remember", token, secure=True, max_age=3600)  # vigil:expect VGL-PY-COOKIE-001
