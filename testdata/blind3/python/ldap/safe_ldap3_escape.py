from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.get("/people/<uid>")
def person(uid):
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    flt = "(&(objectClass=inetOrgPerson)(uid=%s))" % escape_filter_chars(uid)
    conn.search("ou=people,dc=corp,dc=example", flt, attributes=["cn", "mail", "title"])
    if not conn.entries:
        return jsonify({}), 404
    return jsonify(conn.entries[0].entry_attributes_as_dict)
