require "openssl"

module Signing
  def self.sign(key, data)
    digest = OpenSSL::Digest.new("SHA256")
    OpenSSL::HMAC.hexdigest(digest, key, data)
  end
end
