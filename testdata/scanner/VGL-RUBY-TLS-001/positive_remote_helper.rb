require "net/http"

# The same helper shape, fed with a URL from the caller: any host.
class Fetcher
  def fetch(url)
    get_https_url(URI.parse(url))
  end

  def get_https_url(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE # vigil:expect VGL-RUBY-TLS-001
    http.request(Net::HTTP::Get.new(uri.request_uri)).body
  end

  # three calls away from a loopback URL is too far to tell
  def a; b("https://localhost/x"); end
  def b(u); c(u); end
  def c(u); d(u); end

  def d(u)
    Net::HTTP.start(URI(u).host, 443, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) # vigil:expect VGL-RUBY-TLS-001
  end
end
