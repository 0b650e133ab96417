from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)


class Directory:
    def __init__(self, conn, base="ou=people,dc=corp,dc=example"):
        self.conn = conn
        self.base = base

    def find(self, name):
        query = "(&(objectClass=person)(cn=" + name + "*))"
        self.conn.search(self.base, query, attributes=["cn", "mail"])  # LABEL: CWE-90
        return [e.entry_attributes_as_dict for e in self.conn.entries]


@app.get("/directory")
def directory():
    conn = Connection(Server("ldap://ldap.corp", get_info=ALL), auto_bind=True)
    return jsonify(Directory(conn).find(request.args.get("name", "")))
