# frozen_string_literal: true

class WebhookDeliveryJob < ApplicationJob
  MAX_ATTEMPTS = 8

  def perform(delivery_id, attempt = 1)
    delivery = WebhookDelivery.find(delivery_id)
    return if delivery.deliver!
    return if attempt >= MAX_ATTEMPTS

    # Jitter only spreads retries out; nothing depends on it being unpredictable.
    wait = (2**attempt) + rand(0.0..1.5)
    self.class.set(wait: wait.seconds).perform_later(delivery_id, attempt + 1)
  end
end
