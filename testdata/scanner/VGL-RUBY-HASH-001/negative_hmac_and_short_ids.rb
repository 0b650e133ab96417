class InboundEmailsController < ActionMailbox::BaseController
  def expected_signature(key, message)
    Base64.strict_encode64 OpenSSL::HMAC.digest(OpenSSL::Digest::SHA1.new, key, message)
  end
end

class Key
  def initialize(secret)
    @secret = secret
  end

  def id
    Digest::SHA1.hexdigest(@secret).first(4)
  end
end
