from flask import Flask, Response, request

from .fetcher import AvatarFetcher

app = Flask(__name__)
fetcher = AvatarFetcher()


@app.get("/avatar-proxy")
def avatar_proxy():
    url = request.args.get("src", "")
    image = fetcher.fetch(url)
    if image is None:
        return Response(status=404)
    return Response(image, mimetype="image/png")
