class LandingPagesController < ApplicationController
  skip_before_action :authenticate_user!

  def show
    @page = LandingPage.published.find_by!(slug: params[:slug])
    headline = params[:headline].presence || @page.headline
    render inline: "<section class=\"hero\"><h1>#{headline}</h1><%= render @page.blocks %></section>", layout: "marketing" # LABEL: CWE-1336
  end
end
