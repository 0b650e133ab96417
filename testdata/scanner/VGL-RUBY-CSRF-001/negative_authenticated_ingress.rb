module ActionMailbox
  class BaseController < ActionController::Base
    skip_forgery_protection

    private
      def authenticate_by_password
        http_basic_authenticate_or_request_with name: "actionmailbox", password: password, realm: "Action Mailbox"
      end
  end
end

class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  before_action :verify_stripe_signature

  def create
    Event.create!(payload: request.raw_post)
  end
end
