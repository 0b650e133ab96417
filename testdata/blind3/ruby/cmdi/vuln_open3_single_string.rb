require "sinatra/base"
require "open3"
require "json"

class ToolsApp < Sinatra::Base
  class Dig
    def initialize(record_type)
      @record_type = record_type
    end

    def run(domain)
      Open3.capture2e("dig +short #{@record_type} #{domain}") # LABEL: CWE-78
    end
  end

  post "/tools/dig" do
    payload = JSON.parse(request.body.read)
    output, status = Dig.new(payload.fetch("type", "A")).run(payload["domain"])
    content_type :json
    { ok: status.success?, output: output }.to_json
  end
end
