import ldap3
from flask import Flask, request

app = Flask(__name__)


class Directory:
    def __init__(self, conn, base="ou=people,dc=example,dc=org"):
        self.conn = conn
        self.base = base

    def find(self, name):
        self.conn.search(self.base, "(cn=" + name + ")", attributes=["mail"])  # vigil:expect VGL-PY-XPATH-001
        return self.conn.entries


@app.route("/people")
def people():
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    return {"hits": [str(e) for e in Directory(conn).find(request.args.get("q", ""))]}
