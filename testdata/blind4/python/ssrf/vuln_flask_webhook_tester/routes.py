from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .webhooks import WebhookTester

bp = Blueprint("integrations", __name__)


@bp.post("/integrations/webhooks/test")
@login_required
def test_webhook():
    body = request.get_json(silent=True) or {}
    tester = WebhookTester(body.get("url", ""), secret=current_user.webhook_secret)
    result = tester.ping()
    return jsonify(result)
