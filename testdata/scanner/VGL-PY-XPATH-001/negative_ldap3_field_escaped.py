import ldap3
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


class Directory:
    def __init__(self, conn, base="ou=people,dc=example,dc=org"):
        self.conn = conn
        self.base = base

    def find(self, name):
        self.conn.search(self.base, "(cn=" + escape_filter_chars(name) + ")", attributes=["mail"])
        return self.conn.entries


@app.route("/people")
def people():
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    return {"hits": [str(e) for e in Directory(conn).find(request.args.get("q", ""))]}
