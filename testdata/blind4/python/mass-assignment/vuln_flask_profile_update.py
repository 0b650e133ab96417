from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .db import db

app = Flask(__name__)


class ProfileUpdater:
    def __init__(self, user, changes):
        self.user = user
        self.changes = changes

    def apply(self):
        for field, value in self.changes.items():
            if hasattr(self.user, field):
                setattr(self.user, field, value)  # LABEL: CWE-915
        db.session.commit()
        return self.user


@app.patch("/me")
@login_required
def update_profile():
    user = ProfileUpdater(current_user, request.get_json() or {}).apply()
    return jsonify({"id": user.id, "name": user.name, "email": user.email})
