from flask import Flask, request
from ldap3 import Connection, Server

from .directory import Directory

app = Flask(__name__)


@app.route("/people")
def people():
    name = request.args.get("name", "")
    conn = Connection(Server("ldap://ldap.internal"), auto_bind=True)
    return {"mail": Directory(conn).find(name)}
