from flask import Blueprint, request

from .helpers import badge, site_name

bp = Blueprint("status", __name__)


@bp.route("/status")
def status():
    component = request.args.get("component", "api")
    return "<h1>" + site_name() + "</h1><p>" + badge(component) + "</p>"
