from django.http import JsonResponse
from lxml import etree

STAFF = etree.parse("/srv/app/data/staff.xml")


def staff_by_team(request):
    team = request.GET.get("team", "")
    role = request.GET.get("role", "engineer")
    nodes = STAFF.xpath("//person[team=$team and role=$role]", team=team, role=role)
    people = [{"name": n.findtext("name"), "email": n.findtext("email")} for n in nodes]
    return JsonResponse({"team": team, "people": people})


def staff_count(request):
    return JsonResponse({"count": int(STAFF.xpath("count(//person)"))})
