class ProfilesController < ApplicationController
  def show
    @profile = Profile.find(params[:id])
    tagline = params[:tagline] || @profile.tagline
    @tagline_html = helpers.sanitize("<em>#{tagline}</em>", tags: %w[em strong])
  end
end
