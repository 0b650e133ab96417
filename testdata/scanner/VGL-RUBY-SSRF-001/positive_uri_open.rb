require 'open-uri'
class ImagesController < ApplicationController
  def fetch
    data = URI.open(params[:image_url]).read # vigil:expect VGL-RUBY-SSRF-001
    send_data data, type: "image/png"
  end

  def mirror
    src = params.require(:mirror)[:source]
    body = URI.parse(src).open.read # vigil:expect VGL-RUBY-SSRF-001
    render plain: body
  end
end
