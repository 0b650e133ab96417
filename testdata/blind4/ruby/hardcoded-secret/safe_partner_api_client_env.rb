require "faraday"

class PartnerApiClient
  BASE_URL = "https://api.partner-logistics.example/v2".freeze
  TOKEN_ENV = "PARTNER_API_TOKEN".freeze

  def initialize(account_ref, token: ENV.fetch(TOKEN_ENV))
    @account_ref = account_ref
    @http = Faraday.new(url: BASE_URL) do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "Bearer #{token}"
    end
  end

  def shipments(since:)
    @http.get("accounts/#{@account_ref}/shipments", since: since.iso8601).body
  end
end
