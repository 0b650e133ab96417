from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from .mailer import TemplateRenderer

router = APIRouter(prefix="/campaigns")


class PreviewIn(BaseModel):
    subject: str
    body_template: str
    first_name: str = "Alex"


@router.post("/preview", response_class=HTMLResponse)
def preview(data: PreviewIn):
    renderer = TemplateRenderer()
    return renderer.render(data.body_template, first_name=data.first_name)
