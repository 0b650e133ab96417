from flask import Flask, jsonify, request, session
from flask_login import login_required

app = Flask(__name__)


class OrgContext:
    def __init__(self, store):
        self.store = store

    def remember(self, org_id):
        self.store.pop("org_cache", None)
        self.store["org_id"] = org_id  # LABEL: CWE-501


@app.post("/orgs/switch")
@login_required
def switch_org():
    org_id = request.headers.get("X-Org-Id")
    if not org_id:
        org_id = "personal"
    OrgContext(session).remember(org_id)
    return jsonify({"active_org": org_id})
