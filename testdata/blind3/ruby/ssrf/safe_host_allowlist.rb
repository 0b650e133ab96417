require "net/http"

class AvatarImportsController < ApplicationController
  ALLOWED_HOSTS = %w[secure.gravatar.com avatars.githubusercontent.com].freeze

  def create
    uri = URI.parse(params.require(:avatar_url))
    unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host)
      return redirect_to(profile_path, alert: "Unsupported image host")
    end

    response = Net::HTTP.get_response(uri)
    current_user.avatar.attach(io: StringIO.new(response.body), filename: "avatar") if response.is_a?(Net::HTTPSuccess)
    redirect_to profile_path
  end
end
