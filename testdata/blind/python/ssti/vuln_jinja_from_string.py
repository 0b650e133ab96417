"""Marketing users write e-mail templates; previews are rendered server-side."""
from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()
env = Environment()


class Preview(BaseModel):
    subject: str
    body_template: str
    first_name: str = "Ada"


@app.post("/campaigns/preview")
def preview(p: Preview):
    template = env.from_string(p.body_template)  # LABEL: CWE-1336
    return {"subject": p.subject, "body": template.render(first_name=p.first_name)}
