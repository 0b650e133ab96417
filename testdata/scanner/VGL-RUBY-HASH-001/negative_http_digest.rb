# HTTP Digest authentication (RFC 2617 / RFC 7616): the client computes
# response = MD5(HA1:nonce:nc:cnonce:qop:HA2) with HA1 = MD5(user:realm:pass)
# and HA2 = MD5(method:uri). The server must compute the same MD5 values to
# check it; no other hash would interoperate with the clients that send MD5.
module HttpDigest
  def ha1(username, realm, password)
    OpenSSL::Digest::MD5.hexdigest([username, realm, password].join(":"))
  end

  def expected_response(method, uri, creds, ha1)
    ha2 = Digest::MD5.hexdigest("#{method.upcase}:#{uri}")
    Digest::MD5.hexdigest([ha1, creds[:nonce], creds[:nc], creds[:cnonce], creds[:qop], ha2].join(":"))
  end
end

# The nonce as RFC 2617 section 3.2.1 suggests it (time-stamp and a hash of it
# with a private key) and the opaque value, made by helpers that the
# challenge header of the same file uses.
class DigestChallenge
  def initialize(secret)
    @secret = secret
  end

  def nonce(time = Time.now.to_i)
    Base64.strict_encode64("#{time}:#{Digest::MD5.hexdigest("#{time}:#{@secret}")}")
  end

  def opaque
    Digest::MD5.hexdigest(@secret)
  end

  def challenge(realm)
    %(Digest realm="#{realm}", qop="auth", algorithm=MD5, nonce="#{nonce}", opaque="#{opaque}")
  end
end
