require "net/http"

class FaviconsController < ApplicationController
  ICON_PATH = "/favicon.ico".freeze

  def show
    site = params[:site]
    body = Net::HTTP.get(URI("#{site}#{ICON_PATH}")) # LABEL: CWE-918
    send_data body, type: "image/x-icon", disposition: "inline"
  end
end
