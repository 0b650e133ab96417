from flask import Flask, request

from .repository import get_repo

app = Flask(__name__)


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "id")
    repo = get_repo()
    return {"orders": [list(r) for r in repo.find_by_status(status, sort)]}
