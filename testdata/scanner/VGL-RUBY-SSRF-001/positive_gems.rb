class WebhooksController < ApplicationController
  def test
    res = HTTParty.post(params[:callback], body: { ok: true }) # vigil:expect VGL-RUBY-SSRF-001
    conn = Faraday.new(url: "http://#{params[:host]}:8080") # vigil:expect VGL-RUBY-SSRF-001
    render json: { status: res.code, health: conn.get("/health").status }
  end
end
