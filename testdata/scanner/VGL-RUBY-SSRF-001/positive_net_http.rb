require "net/http"

class PreviewsController < ApplicationController
  def show
    uri = URI(params[:url])
    body = Net::HTTP.get(uri) # vigil:expect VGL-RUBY-SSRF-001
    render plain: body
  end
end
