from flask import Blueprint, jsonify, request

from .repository import ArticleRepository

bp = Blueprint("articles", __name__)
repo = ArticleRepository()


@bp.route("/articles")
def articles():
    author = request.cookies.get("last_author", "anonymous")
    return jsonify(repo.by_author(author))
