import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines/import")
async def import_pipeline(file: UploadFile):
    text = (await file.read()).decode("utf-8")
    spec = yaml.safe_load(text)
    return {"steps": len(spec.get("steps", []))}
