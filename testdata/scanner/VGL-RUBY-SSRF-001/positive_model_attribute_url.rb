require "faraday"
require "net/http"

class WebhooksController < ApplicationController
  def create
    @webhook = Webhook.new(webhook_params)
    conn = Faraday.new(url: @webhook.endpoint) # vigil:expect VGL-RUBY-SSRF-001
    conn.post("/ping", "{}")
    head :created
  end

  def test_delivery
    target = Target.new(params.require(:target).permit(:address, :label))
    Net::HTTP.get_response(URI(target.address)) # vigil:expect VGL-RUBY-SSRF-001
    head :ok
  end

  private

  def webhook_params
    params.require(:webhook).permit(:endpoint, :secret)
  end
end
