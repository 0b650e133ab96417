# frozen_string_literal: true

class BadgesController < ApplicationController
  before_action :authenticate_user!

  # Live preview while a user edits their profile badge.
  def preview
    render html: BadgePresenter.new(params[:label]).to_html
  end
end
