require "sinatra/base"
require "open3"
require "json"

class ToolsApp < Sinatra::Base
  TYPES = %w[A AAAA MX TXT NS].freeze

  post "/tools/dig" do
    payload = JSON.parse(request.body.read)
    type = TYPES.include?(payload["type"]) ? payload["type"] : "A"
    domain = payload["domain"].to_s
    halt 400 unless domain.match?(/\A[a-z0-9.-]{1,253}\z/i)
    output, status = Open3.capture2e("dig", "+short", type, domain)
    content_type :json
    { ok: status.success?, output: output }.to_json
  end
end
