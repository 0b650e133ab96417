import random
import string

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from teams.models import Invite

ALPHABET = string.ascii_uppercase + string.digits


def new_code(length=10):
    return "".join(random.choices(ALPHABET, k=length))  # LABEL: CWE-338


@require_POST
def create_invite(request, team_id):
    invite = Invite.objects.create(team_id=team_id, code=new_code(), created_by=request.user)
    return JsonResponse({"invite": invite.code})
