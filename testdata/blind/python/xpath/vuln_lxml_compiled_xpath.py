from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("data/catalog.xml")


@app.get("/prices/{sku}")
def price(sku: str):
    found = etree.XPath("//product[@sku='" + sku + "']/price/text()")(CATALOG)  # LABEL: CWE-643
    return {"sku": sku, "price": found[0] if found else None}
