class ThemesController < ApplicationController
  def update
    theme = params[:theme] == "dark" ? "dark" : "light"
    cookies[:theme] = { value: theme, expires: 1.year.from_now, secure: true }
    redirect_back fallback_location: root_path
  end
end
