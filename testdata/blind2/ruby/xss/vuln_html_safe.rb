class ProfilesController < ApplicationController
  def show
    @profile = Profile.find(params[:id])
    tagline = params[:tagline] || @profile.tagline
    @tagline_html = "<em>#{tagline}</em>".html_safe # LABEL: CWE-79
  end
end
