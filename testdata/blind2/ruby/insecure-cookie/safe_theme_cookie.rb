class ThemesController < ApplicationController
  THEMES = %w[light dark].freeze

  def update
    theme = params[:theme] == "dark" ? "dark" : "light"
    cookies[:theme] = { value: theme, expires: 1.year.from_now, secure: true }
    redirect_back fallback_location: root_path
  end

  def show
    render json: { theme: cookies[:theme].presence_in(THEMES) || "light" }
  end
end
