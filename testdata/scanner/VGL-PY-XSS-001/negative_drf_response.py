# Django REST framework renders Response data as JSON (or the escaped
# browsable API): request data in it is not HTML.
from rest_framework.response import Response
from rest_framework.views import APIView


class Echo(APIView):
    def post(self, request):
        return Response({"method": "POST", "data": request.data})

    def get(self, request):
        ret = {"q": request.query_params.get("q")}
        return Response(ret)
