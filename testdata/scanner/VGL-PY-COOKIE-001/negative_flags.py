def login(response, session_id):
    response.set_cookie("session", session_id, secure=True, httponly=True, samesite="Lax")
