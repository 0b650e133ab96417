import requests
from django.http import Http404, JsonResponse

CARRIERS = {
    "ups": "https://onlinetools.ups.com/api/track/v1/details/",
    "dhl": "https://api-eu.dhl.com/track/shipments?trackingNumber=",
    "fedex": "https://apis.fedex.com/track/v1/trackingnumbers/",
}


class TrackingClient:
    def __init__(self, carrier):
        self.base = CARRIERS.get(carrier)

    def status(self, shipment_number):
        resp = requests.get(self.base + str(shipment_number), timeout=5)
        resp.raise_for_status()
        return resp.json()


def track(request, carrier, number):
    client = TrackingClient(carrier)
    if client.base is None:
        raise Http404("unknown carrier")
    return JsonResponse(client.status(int(number)))
