from flask import Flask, abort, jsonify, request, session
from flask_login import current_user, login_required

app = Flask(__name__)


@app.post("/orgs/switch")
@login_required
def switch_org():
    wanted = request.headers.get("X-Org-Id", "")
    memberships = {str(m.org_id): m.org_id for m in current_user.memberships}
    if wanted not in memberships:
        abort(403)
    session["active_org"] = memberships[wanted]
    return jsonify({"org": session["active_org"]})
