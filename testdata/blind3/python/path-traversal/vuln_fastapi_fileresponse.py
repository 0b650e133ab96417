from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
INVOICE_ROOT = Path("/data/invoices")


class InvoiceFiles:
    def __init__(self, root: Path):
        self.root = root

    def locate(self, customer: str, filename: str) -> Path:
        return self.root / customer / filename


files = InvoiceFiles(INVOICE_ROOT)


@app.get("/customers/{customer}/invoices/{filename:path}")
def get_invoice(customer: str, filename: str):
    path = files.locate(customer, filename)
    return FileResponse(path, media_type="application/pdf")  # LABEL: CWE-22
