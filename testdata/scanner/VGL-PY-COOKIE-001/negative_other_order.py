def login(response, session_id):
    response.set_cookie(
        "session",
        session_id,
        httponly=True,
        secure=True,
    )
