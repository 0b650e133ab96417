require "sinatra/base"
require "faraday"

class ImageProxy < Sinatra::Base
  CONN = Faraday.new do |f|
    f.options.timeout = 5
    f.adapter Faraday.default_adapter
  end

  get "/proxy/image" do
    source = params["src"]
    halt 400 if source.nil? || source.empty?

    upstream = CONN.get(source) # LABEL: CWE-918
    halt 502 unless upstream.success?

    content_type upstream.headers["content-type"] || "application/octet-stream"
    cache_control :public, max_age: 3600
    upstream.body
  end
end
