from flask import Flask, render_template_string, request
from flask_login import current_user, login_required

app = Flask(__name__)

LAYOUT = "<html><body><h1>Signature preview</h1>{}</body></html>"


class SignatureDraft:
    def __init__(self, text):
        self.text = text.strip()

    def source(self):
        return LAYOUT.format("<div class='sig'>" + self.text + "</div>")


@app.post("/me/signature/preview")
@login_required
def signature_preview():
    draft = SignatureDraft(request.form.get("signature", ""))
    return render_template_string(draft.source(), user=current_user)  # LABEL: CWE-1336
