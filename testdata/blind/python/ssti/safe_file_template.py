from fastapi import FastAPI
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel

app = FastAPI()
env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape())


class Preview(BaseModel):
    template: str
    first_name: str = "Ada"


@app.post("/campaigns/preview")
def preview(p: Preview):
    name = {"welcome": "welcome.html", "invoice": "invoice.html"}.get(p.template, "welcome.html")
    return {"body": env.get_template(name).render(first_name=p.first_name)}
