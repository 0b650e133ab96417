require 'open-uri'
class ImagesController < ApplicationController
  def fetch
    data = open(params[:image_url]).read
    send_data data, type: "image/png"
  end
end
