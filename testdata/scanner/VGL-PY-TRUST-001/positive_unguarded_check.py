import logging

from flask import Flask, request, session

from .teams import is_member

app = Flask(__name__)


@app.post("/team")
def switch_team():
    team_id = request.form["team_id"]
    logging.info("member: %s", is_member(session.get("user_id"), team_id))
    session["team_id"] = team_id  # vigil:expect VGL-PY-TRUST-001
    return "", 204
