require "faraday"

class WebhooksController < ApplicationController
  def redeliver
    # a record loaded by id: its URL was validated when it was saved
    @webhook = Webhook.find(params[:id])
    conn = Faraday.new(url: @webhook.endpoint)
    conn.post("/ping", "{}")
    head :ok
  end

  def create
    webhook = Webhook.new(webhook_params)
    # the request sets the label only; the endpoint is fixed by the server
    conn = Faraday.new(url: Rails.configuration.x.hooks_base)
    conn.post("/register", webhook.label)
    head :created
  end

  private

  def webhook_params
    params.require(:webhook).permit(:label)
  end
end
