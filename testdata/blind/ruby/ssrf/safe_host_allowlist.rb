require "sinatra"
require "net/http"

ALLOWED_HOSTS = %w[status.github.com status.aws.example].freeze

get "/status" do
  uri = URI.parse(params[:url].to_s) rescue nil
  halt 400, "invalid" unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host) && uri.port == 443 && uri.userinfo.nil?

  Net::HTTP.get(uri)
end
