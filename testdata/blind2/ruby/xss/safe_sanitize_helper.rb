class ProfilesController < ApplicationController
  before_action :authenticate_user!
  rescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }

  def show
    @profile = Profile.find(params[:id])
    tagline = params[:tagline] || @profile.tagline
    @tagline_html = helpers.sanitize("<em>#{tagline}</em>", tags: %w[em strong])
  end
end
