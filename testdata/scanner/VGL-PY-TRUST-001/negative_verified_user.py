from flask import Flask, request, session, abort

from .auth import verify_user
from .models import Team

app = Flask(__name__)


# The session keeps the record the server verified, not the form's text.
@app.post("/login")
def login():
    user = verify_user(request.form["email"], request.form["password"])
    if user is None:
        abort(401)
    session["user_id"] = user.id
    return "", 204


@app.post("/team")
def team():
    t = Team.query.filter_by(slug=request.args.get("team")).first_or_404()
    session["team_id"] = t.id
    return "", 204
