class ApplicationController < ActionController::Base
  protect_from_forgery with: :exception
end

module Api
  class BaseController < ActionController::API
    before_action :authenticate_token!
  end
end
