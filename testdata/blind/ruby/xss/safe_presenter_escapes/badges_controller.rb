# frozen_string_literal: true

class BadgesController < ApplicationController
  def preview
    render html: BadgePresenter.new(params[:label]).to_html
  end
end
