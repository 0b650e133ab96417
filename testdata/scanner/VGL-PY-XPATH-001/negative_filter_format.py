import ldap
from ldap.filter import filter_format
from flask import Flask, request

app = Flask(__name__)


@app.route("/people")
def people():
    conn = ldap.initialize("ldap://directory.internal")
    flt = filter_format("(&(objectClass=person)(uid=%s))", [request.args["uid"]])
    return str(conn.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt))
