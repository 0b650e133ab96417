from flask import Flask, abort, jsonify, request, session
from flask_login import current_user, login_required

from .models import Membership

app = Flask(__name__)


class OrgContext:
    def __init__(self, store):
        self.store = store

    def remember(self, membership):
        self.store["org_id"] = membership.org_id
        self.store["org_role"] = membership.role


@app.post("/orgs/switch")
@login_required
def switch_org():
    requested = request.headers.get("X-Org-Id", "")
    membership = Membership.query.filter_by(user_id=current_user.id, org_id=requested).first()
    if membership is None:
        abort(403)
    OrgContext(session).remember(membership)
    return jsonify({"active_org": membership.org_id})
