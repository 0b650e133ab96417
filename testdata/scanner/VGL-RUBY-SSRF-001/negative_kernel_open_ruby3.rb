require 'open-uri'
# Since Ruby 3.0 open-uri no longer overrides Kernel#open: open(url) opens a
# local file of that name (a path finding, not a request to another host).
class ImagesController < ApplicationController
  def fetch
    data = open(params[:image_url]).read
    send_data data, type: "image/png"
  end
end
