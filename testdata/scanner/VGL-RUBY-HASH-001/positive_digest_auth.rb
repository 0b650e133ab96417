# A module that implements HTTP Digest authentication: MD5 is the protocol's
# hash there (see negative_http_digest.rb), but a SHA-1 token and an MD5
# password store that the protocol does not ask for are still weaknesses.
module DigestAuthentication
  def token_for(secret)
    Digest::SHA1.hexdigest(secret).first(40) # vigil:expect VGL-RUBY-HASH-001
  end

  def store_password(user, password)
    user.update(password_digest: Digest::MD5.hexdigest(password)) # vigil:expect VGL-RUBY-HASH-001
  end

  def header(realm, nonce)
    %(Digest realm="#{realm}", qop="auth", nonce="#{nonce}")
  end
end
