require "openssl"

module Signing
  def self.sign(data)
    sha1 = OpenSSL::Digest::SHA1.new # vigil:expect VGL-RUBY-HASH-001
    md5 = OpenSSL::Digest.new("MD5") # vigil:expect VGL-RUBY-HASH-001
    [sha1.hexdigest(data), md5.hexdigest(data)]
  end
end
