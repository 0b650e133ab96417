from flask import request


def page(db):
    limit = int(request.args.get("limit", "10"))
    db.execute("SELECT * FROM posts LIMIT %d" % limit)
    table = "posts"
    db.execute("SELECT count(*) FROM " + table)
