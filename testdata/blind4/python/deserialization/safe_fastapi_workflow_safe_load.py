import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


class WorkflowImporter:
    def __init__(self, text):
        self.text = text

    def parse(self):
        doc = yaml.safe_load(self.text)
        if not isinstance(doc, dict):
            raise ValueError("workflow must be a mapping")
        doc.setdefault("steps", [])
        return doc


@app.post("/workflows/import")
async def import_workflow(definition: UploadFile = File(...)):
    content = await definition.read()
    try:
        workflow = WorkflowImporter(content.decode("utf-8")).parse()
    except (ValueError, yaml.YAMLError):
        raise HTTPException(status_code=422, detail="invalid workflow")
    return {"name": workflow.get("name"), "steps": len(workflow["steps"])}
