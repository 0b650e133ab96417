from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.get("/directory")
def directory():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = Connection(Server("ldap://ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={uid}))", attributes=["cn"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
