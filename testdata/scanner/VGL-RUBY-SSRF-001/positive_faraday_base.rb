require 'faraday'
class ProxyController < ApplicationController
  def show
    conn = Faraday.new(url: params[:base]) # vigil:expect VGL-RUBY-SSRF-001
    render plain: conn.get("/status").body
  end
end
