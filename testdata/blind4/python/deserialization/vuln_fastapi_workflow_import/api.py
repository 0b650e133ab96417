from fastapi import APIRouter, File, UploadFile

from .importer import WorkflowImporter

router = APIRouter(prefix="/workflows")


@router.post("/import")
async def import_workflow(definition: UploadFile = File(...)):
    content = await definition.read()
    importer = WorkflowImporter(content.decode("utf-8"))
    workflow = importer.parse()
    return {"name": workflow.get("name"), "steps": len(workflow.get("steps", []))}
