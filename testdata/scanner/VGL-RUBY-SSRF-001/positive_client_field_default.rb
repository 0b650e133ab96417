class AvatarFetcher
  def initialize(http = Faraday.new(request: { timeout: 5 }))
    @http = http
  end

  def fetch(url)
    @http.get(url) # vigil:expect VGL-RUBY-SSRF-001
  end
end

class AvatarsController < ApplicationController
  def create
    image = AvatarFetcher.new.fetch(params[:avatar_url])
    current_user.update!(avatar_data: image.body)
  end
end
