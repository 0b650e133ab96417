# frozen_string_literal: true

class ShareLinkToken
  def self.encryptor
    key = Rails.application.key_generator.generate_key("share-links", ActiveSupport::MessageEncryptor.key_len("aes-256-gcm"))
    ActiveSupport::MessageEncryptor.new(key, cipher: "aes-256-gcm")
  end

  def self.issue(document)
    encryptor.encrypt_and_sign({ doc: document.id }, expires_in: 1.hour)
  end
end
