require_relative "badge_helper"

class BadgesController < ApplicationController
  include BadgeHelper

  def show
    label = params[:label].presence || "new"
    render html: badge_html(label)
  end
end
