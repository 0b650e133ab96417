require "net/http"

class FaviconsController < ApplicationController
  ICON_SERVICE = "icons.example-cdn.com".freeze

  def show
    uri = URI::HTTPS.build(host: ICON_SERVICE, path: "/v1/lookup", query: URI.encode_www_form(site: params[:site]))
    body = Net::HTTP.get(uri)
    send_data body, type: "image/x-icon", disposition: "inline"
  end
end
