from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("catalog.xml")


@app.get("/price")
def price():
    sku = request.args.get("sku", "")
    hits = TREE.xpath("//product[@sku=$sku]/price/text()", sku=sku)
    return {"price": hits[0] if hits else None}
