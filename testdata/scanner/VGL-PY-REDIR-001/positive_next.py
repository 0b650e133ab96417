from flask import redirect, request


def login_done():
    target = request.args.get("next")
    return redirect(target)  # vigil:expect VGL-PY-REDIR-001
