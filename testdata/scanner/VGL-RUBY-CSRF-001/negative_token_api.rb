module Api
  class BaseController < ApplicationController
    skip_before_action :verify_authenticity_token
    before_action :authenticate_api_token!

    private

    def authenticate_api_token!
      token = request.headers["Authorization"].to_s.delete_prefix("Bearer ")
      @client = ApiClient.find_by(token_digest: Digest::SHA256.hexdigest(token))
      head :unauthorized unless @client
    end
  end
end
