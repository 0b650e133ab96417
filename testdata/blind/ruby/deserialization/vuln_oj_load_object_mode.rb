# frozen_string_literal: true

require "oj"

class Api::WebhooksController < Api::BaseController
  skip_before_action :verify_authenticity_token

  def receive
    event = Oj.load(request.raw_post, mode: :object) # LABEL: CWE-502
    WebhookEvent.create!(kind: event["type"].to_s, payload: request.raw_post)
    head :ok
  end
end
