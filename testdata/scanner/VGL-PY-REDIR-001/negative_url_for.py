from flask import redirect, request, url_for


def login_done():
    page = request.args.get("page")
    return redirect(url_for("dashboard", page=page))
