from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
REPORT_DIR = "/srv/reports"


@app.get("/reports/{year}/{name:path}")
def get_report(year: int, name: str):
    location = f"{REPORT_DIR}/{year}/{name}"
    return FileResponse(location, media_type="application/pdf")  # LABEL: CWE-22
