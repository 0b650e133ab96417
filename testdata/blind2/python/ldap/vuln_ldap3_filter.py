from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.get("/directory")
def directory():
    uid = request.args.get("uid", "")
    conn = Connection(Server("ldap://ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={uid}))", attributes=["cn"])  # LABEL: CWE-90
    return {"entries": [e.entry_to_json() for e in conn.entries]}
