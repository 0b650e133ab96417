require "net/http"

# Starts the app under test and fetches pages from it on the loopback
# address: the self-signed certificate of the test server is not checked,
# and no network is crossed.
class TestServerRunner
  def get(path)
    get_url("https://127.0.0.1:#{port}#{path}")
  end

  def get_url(url)
    uri = URI.parse(url)
    get_https_url(uri)
  end

  def get_https_url(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http.request(Net::HTTP::Get.new(uri.request_uri)).body
  end

  def port
    4567
  end
end
