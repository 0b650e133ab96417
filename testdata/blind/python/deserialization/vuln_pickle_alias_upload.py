import pickle as pk

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/models/import")
async def import_model(model: UploadFile = File(...)):
    blob = await model.read()
    estimator = pk.loads(blob)  # LABEL: CWE-502
    return {"type": type(estimator).__name__}
