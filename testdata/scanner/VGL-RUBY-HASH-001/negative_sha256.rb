require "digest"

class Checksums
  def checksum(data)
    Digest::SHA256.hexdigest(data)
  end
end
