# Literals that are no keys: data to digest, an unsigned token read, a sample value.
class Labels
  def fingerprint(body)
    OpenSSL::Digest::SHA256.hexdigest("audit-log-v2" + body)
  end

  def peek(token)
    JWT.decode(token, nil, false).first
  end

  def sample
    JWT.encode({ demo: true }, "your-256-bit-secret", "HS256")
  end

  def interpolated(tenant)
    OpenSSL::HMAC.hexdigest("SHA256", "#{tenant.key_prefix}-#{tenant.salt}", "x")
  end
end
