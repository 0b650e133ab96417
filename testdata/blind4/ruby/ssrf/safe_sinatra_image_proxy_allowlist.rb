require "sinatra/base"
require "faraday"
require "uri"

class ImageProxy < Sinatra::Base
  ALLOWED_HOSTS = %w[images.unsplash.com cdn.shopify.com i.imgur.com].freeze
  CONN = Faraday.new { |f| f.options.timeout = 5 }

  helpers do
    def allowed_source(raw)
      uri = URI.parse(raw.to_s)
      return nil unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host)

      uri.to_s
    rescue URI::InvalidURIError
      nil
    end
  end

  get "/proxy/image" do
    source = allowed_source(params["src"])
    halt 400 if source.nil?

    upstream = CONN.get(source)
    halt 502 unless upstream.success?
    content_type upstream.headers["content-type"] || "application/octet-stream"
    upstream.body
  end
end
