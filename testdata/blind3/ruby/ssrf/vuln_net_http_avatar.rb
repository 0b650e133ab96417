require "net/http"

class AvatarImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    uri = URI.parse(params.require(:avatar_url))
    response = Net::HTTP.get_response(uri) # LABEL: CWE-918
    if response.is_a?(Net::HTTPSuccess)
      current_user.avatar.attach(io: StringIO.new(response.body), filename: "avatar")
      redirect_to profile_path, notice: "Avatar updated"
    else
      redirect_to profile_path, alert: "Could not fetch image"
    end
  end
end
