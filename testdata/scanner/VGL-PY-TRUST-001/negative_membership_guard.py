from flask import Flask, abort, request, session

from .teams import is_member

app = Flask(__name__)


# A membership check with an early exit verifies the team before it is kept.
@app.post("/team")
def switch_team():
    team_id = request.form["team_id"]
    if not is_member(session.get("user_id"), team_id):
        abort(403)
    session["team_id"] = team_id
    return "", 204
