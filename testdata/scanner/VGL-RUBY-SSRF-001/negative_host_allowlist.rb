require 'net/http'
class FetchController < ApplicationController
  ALLOWED_HOSTS = %w[api.example.com].freeze
  def fetch
    uri = URI.parse(params[:url])
    return head(:forbidden) unless ALLOWED_HOSTS.include?(uri.host)
    render plain: Net::HTTP.get(uri)
  end
end
