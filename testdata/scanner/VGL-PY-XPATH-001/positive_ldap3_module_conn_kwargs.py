import ldap3
from flask import Flask, request

app = Flask(__name__)
server = ldap3.Server("ldap://ldap.internal")
conn = ldap3.Connection(server, auto_bind=True)


class Directory:
    def __init__(self, connection):
        self.connection = connection

    def find(self, name):
        self.connection.search(search_base="dc=x", search_filter=f"(cn={name})")  # vigil:expect VGL-PY-XPATH-001
        return self.connection.entries


@app.route("/people")
def people():
    return {"hits": len(Directory(conn).find(request.args["q"]))}
