import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


class PipelineLoader:
    def __init__(self, loader=yaml.Loader):
        self.loader = loader

    def parse(self, text):
        return yaml.load(text, Loader=self.loader)  # LABEL: CWE-502


@app.post("/pipelines/import")
async def import_pipeline(file: UploadFile):
    content = (await file.read()).decode("utf-8")
    spec = PipelineLoader().parse(content)
    steps = spec.get("steps", []) if isinstance(spec, dict) else []
    return {"name": file.filename, "steps": len(steps)}
