from flask import Flask, jsonify, request, session
from flask_login import current_user, login_required

app = Flask(__name__)


class OrgContext:
    def __init__(self, req):
        self.org_id = req.headers.get("X-Org-Id")

    def remember(self):
        session["active_org"] = self.org_id  # LABEL: CWE-501


@app.post("/orgs/switch")
@login_required
def switch_org():
    ctx = OrgContext(request)
    ctx.remember()
    return jsonify({"user": current_user.id, "org": session["active_org"]})
