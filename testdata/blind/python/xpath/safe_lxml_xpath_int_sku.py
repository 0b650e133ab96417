from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("data/catalog.xml")


@app.get("/prices/{sku}")
def price(sku: int):
    # FastAPI has already parsed the path segment as an integer.
    found = etree.XPath("//product[@sku='" + str(sku) + "']/price/text()")(CATALOG)
    return {"sku": sku, "price": found[0] if found else None}
