from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.corp.example", get_info=ALL)


@app.route("/directory/lookup")
def lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={uid}))", attributes=["cn", "mail"])
    return jsonify([{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries])
