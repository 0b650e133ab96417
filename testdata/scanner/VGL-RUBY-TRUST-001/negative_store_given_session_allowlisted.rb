class ThemeChoice
  THEMES = %w[light dark].freeze

  def initialize(theme)
    @theme = THEMES.include?(theme) ? theme : "light"
  end

  def save_to(store)
    store[:theme] = @theme
  end
end

class ThemesController < ApplicationController
  def update
    ThemeChoice.new(params[:theme]).save_to(session)
    redirect_to root_path
  end
end
