# frozen_string_literal: true

class SafeOauthReturnsController < ApplicationController
  ALLOWED = %w[app.example.com admin.example.com].freeze

  def show
    uri = URI.parse(params[:redirect_uri].to_s)
    target = uri.is_a?(URI::HTTPS) && ALLOWED.include?(uri.host) ? uri.to_s : root_url
    redirect_to target, allow_other_host: true
  rescue URI::InvalidURIError
    redirect_to root_url
  end
end
