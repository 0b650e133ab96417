require 'openssl'

# "desc" is a sort order, not DES; the cipher is AES-GCM
class Exporter
  ORDER = "desc"
  CIPHER = "aes-256-gcm"

  def seal(data, key)
    c = OpenSSL::Cipher.new(CIPHER)
    c.encrypt
    c.key = key
    c.update(data) + c.final
  end
end
