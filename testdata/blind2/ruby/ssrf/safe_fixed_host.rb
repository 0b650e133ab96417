require "net/http"

class FaviconsController < ApplicationController
  def show
    uri = URI::HTTPS.build(host: "icons.example-cdn.com", path: "/v1/lookup", query: URI.encode_www_form(site: params[:site]))
    body = Net::HTTP.get(uri)
    send_data body, type: "image/x-icon", disposition: "inline"
  end
end
