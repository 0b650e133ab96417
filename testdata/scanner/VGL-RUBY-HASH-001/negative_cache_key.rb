require "digest"

class Fragment
  def cache_key(parts)
    Digest::MD5.hexdigest(parts.join(":"))
  end

  def etag_for(body)
    Digest::SHA1.hexdigest(body)
  end
end
