class LandingPagesController < ApplicationController
  skip_before_action :authenticate_user!

  HERO = '<section class="hero"><h1><%= headline %></h1><%= render page.blocks %></section>'.freeze

  def show
    @page = LandingPage.published.find_by!(slug: params[:slug])
    headline = params[:headline].presence || @page.headline
    render inline: HERO, locals: { headline: headline, page: @page }, layout: "marketing"
  end
end
