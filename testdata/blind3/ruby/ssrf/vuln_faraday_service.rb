require "faraday"
require "sinatra/base"
require "json"
require "securerandom"

class WebhookVerifier
  def initialize(connection = Faraday.new(request: { timeout: 5 }))
    @http = connection
  end

  def verify(endpoint, challenge)
    @http.post(endpoint, { challenge: challenge }.to_json, "Content-Type" => "application/json") # LABEL: CWE-918
  end
end

class HooksApp < Sinatra::Base
  post "/hooks/verify" do
    data = JSON.parse(request.body.read)
    resp = WebhookVerifier.new.verify(data["endpoint"], SecureRandom.hex(8))
    content_type :json
    { status: resp.status }.to_json
  end
end
