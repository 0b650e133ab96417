from flask import Flask, request, session

app = Flask(__name__)


class OrgContext:
    def __init__(self, req):
        self.org_id = req.headers.get("X-Org-Id")

    def activate(self):
        session["active_org"] = self.org_id  # vigil:expect VGL-PY-TRUST-001


@app.route("/switch", methods=["POST"])
def switch():
    OrgContext(request).activate()
    return "", 204
