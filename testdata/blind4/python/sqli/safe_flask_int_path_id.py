from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@app.get("/projects/<project_id>/members")
def project_members(project_id):
    try:
        pid = int(project_id)
        limit = int(request.args.get("limit", "50"))
    except ValueError:
        abort(400)
    limit = max(1, min(limit, 200))
    cur = g.db.cursor()
    cur.execute(
        "SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.project_id = %d ORDER BY u.name LIMIT %d" % (pid, limit)
    )
    return jsonify([{"id": r[0], "name": r[1]} for r in cur.fetchall()])
