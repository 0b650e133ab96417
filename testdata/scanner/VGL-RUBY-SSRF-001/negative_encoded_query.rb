require "net/http"

class GeocodeController < ApplicationController
  # the request only fills the query of a fixed host's URL, URL-encoded
  def show
    uri = URI("https://maps.example.com/geocode")
    uri.query = URI.encode_www_form(address: params[:address])
    render json: Net::HTTP.get(uri)
  end

  def search
    q = ERB::Util.url_encode(params[:q])
    render json: Faraday.get("https://search.example.com/api?q=#{q}").body
  end

  def partner
    u = URI.parse(params[:u])
    raise ActionController::BadRequest unless u.host == "api.partner.com" && u.scheme == "https"
    render plain: Net::HTTP.get(u)
  end
end
