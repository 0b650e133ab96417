# frozen_string_literal: true

class LocalesController < ApplicationController
  AVAILABLE = %w[en de fr].freeze

  def update
    requested = params[:locale].to_s
    session[:locale] = AVAILABLE.include?(requested) ? requested : I18n.default_locale.to_s
    redirect_back fallback_location: root_path
  end
end
