require "faraday"

class PartnerApiClient
  BASE_URL = "https://api.partner-logistics.example/v2".freeze
  API_TOKEN = "pl_live_4f9b2c7e1a8d6053b9e2c4a7f1d08e63".freeze # LABEL: CWE-798

  def initialize(account_ref)
    @account_ref = account_ref
    @http = Faraday.new(url: BASE_URL) do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "Bearer #{API_TOKEN}"
    end
  end

  def shipments(since:)
    @http.get("accounts/#{@account_ref}/shipments", since: since.iso8601).body
  end
end
