from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


class CatalogQuery:
    def __init__(self, tree):
        self.tree = tree

    def by_author(self, author):
        return self.tree.xpath("//book[author=$author]", author=author)


@app.get("/catalog/books")
def books():
    author = request.args.get("author") or "Anonymous"
    nodes = CatalogQuery(CATALOG).by_author(author)
    return jsonify([n.findtext("title") for n in nodes])
