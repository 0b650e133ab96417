require "net/http"

class FaviconsController < ApplicationController
  def show
    site = params[:site]
    body = Net::HTTP.get(URI("#{site}/favicon.ico")) # LABEL: CWE-918
    send_data body, type: "image/x-icon", disposition: "inline"
  end
end
