from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


class CatalogQuery:
    def __init__(self, tree):
        self.tree = tree
        self.conditions = []

    def by_author(self, author):
        self.conditions.append("author='%s'" % author)
        return self

    def run(self):
        expr = "//book[" + " and ".join(self.conditions) + "]"
        return self.tree.xpath(expr)  # LABEL: CWE-643


@app.get("/catalog/books")
def books():
    author = request.args.get("author") or "Anonymous"
    nodes = CatalogQuery(CATALOG).by_author(author).run()
    return jsonify([n.findtext("title") for n in nodes])
