from flask import Flask, abort, request, session

app = Flask(__name__)
MEMBERS = {("alice", "w1"): "admin", ("bob", "w1"): "viewer"}


@app.post("/switch-workspace")
def switch_workspace():
    ws = request.form.get("workspace", "")
    role = MEMBERS.get((session.get("user"), ws))
    if role is None:
        abort(403)
    session["role"] = role
    return {"role": role}
