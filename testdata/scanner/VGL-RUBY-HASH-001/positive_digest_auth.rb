module DigestAuthentication
  def ha1(credentials, password)
    OpenSSL::Digest::MD5.hexdigest([credentials[:username], credentials[:realm], password].join(":")) # vigil:expect VGL-RUBY-HASH-001
  end

  def token_for(secret)
    Digest::SHA1.hexdigest(secret).first(40) # vigil:expect VGL-RUBY-HASH-001
  end
end
