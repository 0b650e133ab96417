from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()
env = Environment(autoescape=True)


class EmailPreview(BaseModel):
    subject: str
    body_template: str
    customer_name: str = "Ada"


@app.post("/campaigns/preview")
def preview(req: EmailPreview):
    template = env.from_string(req.body_template)  # LABEL: CWE-1336
    body = template.render(customer={"name": req.customer_name}, unsubscribe_url="#")
    return {"subject": req.subject, "html": body}
