require "net/http"

class ProxyController < ApplicationController
  # the request sets the host of the URI
  def show
    uri = URI("https://maps.example.com/geocode")
    uri.host = params[:host]
    render json: Net::HTTP.get(uri) # vigil:expect VGL-RUBY-SSRF-001
  end

  # the checked host belongs to a different value than the one fetched
  def partner
    u = URI.parse(params[:u])
    raise ActionController::BadRequest unless URI.parse(params[:v]).host == "api.partner.com"
    render plain: Net::HTTP.get(u) # vigil:expect VGL-RUBY-SSRF-001
  end
end
