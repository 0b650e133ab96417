from flask import Blueprint, current_app, jsonify, request

from .directory import StaffDirectory

bp = Blueprint("directory", __name__)


@bp.get("/directory/people")
def find_people():
    department = request.args.get("dept", "")
    if not department:
        department = "*"
    directory = StaffDirectory(current_app.config["LDAP_CONN"], department)
    return jsonify(directory.members())
