def check_token(verify, token):
    try:
        verify(token)
    except Exception:  # vigil:expect VGL-PY-EXCEPT-001
        pass
    return True
