class UnsubscribeToken
  def initialize(secret = Rails.application.key_generator.generate_key("unsubscribe", 32))
    @encryptor = ActiveSupport::MessageEncryptor.new(secret, cipher: "aes-256-gcm")
  end

  def encode(subscriber_id)
    @encryptor.encrypt_and_sign(subscriber_id, purpose: :unsubscribe, expires_in: 30.days)
  end

  def decode(token)
    @encryptor.decrypt_and_verify(token, purpose: :unsubscribe)
  end
end

class UnsubscribesController < ApplicationController
  def show
    id = UnsubscribeToken.new.decode(params[:token])
    Subscriber.find(id).update!(subscribed: false) if id
  end
end
