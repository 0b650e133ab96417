from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.corp.example", get_info=ALL)


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", "(&(objectClass=person)(uid=" + uid + "))", attributes=["cn", "mail"])  # LABEL: CWE-90
    return jsonify([{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries])
