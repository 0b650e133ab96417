require 'faraday'
class ProxyController < ApplicationController
  def show
    conn = Faraday.new(url: params[:base])
    render plain: conn.get("/status").body
  end
end
