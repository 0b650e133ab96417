from flask import Blueprint, current_app, jsonify, request
from ldap3 import SUBTREE
from ldap3.utils.conv import escape_filter_chars

bp = Blueprint("directory", __name__)

BASE_DN = "ou=people,dc=example,dc=com"
ATTRS = ["cn", "mail", "telephoneNumber", "title"]


class StaffDirectory:
    def __init__(self, conn, department):
        self.conn = conn
        self.department = escape_filter_chars(department)

    def members(self):
        search_filter = "(&(objectClass=inetOrgPerson)(departmentNumber=%s))" % self.department
        self.conn.search(BASE_DN, search_filter, search_scope=SUBTREE, attributes=ATTRS)
        return [{a: str(e[a]) for a in ATTRS if a in e} for e in self.conn.entries]


@bp.get("/directory/people")
def find_people():
    department = request.args.get("dept", "")
    if not department:
        return jsonify([])
    directory = StaffDirectory(current_app.config["LDAP_CONN"], department)
    return jsonify(directory.members())
