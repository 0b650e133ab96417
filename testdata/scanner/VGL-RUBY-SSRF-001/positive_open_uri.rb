require 'open-uri'
class ImagesController < ApplicationController
  def fetch
    data = open(params[:image_url]).read # vigil:expect VGL-RUBY-SSRF-001
    send_data data, type: "image/png"
  end
end
