class ThemeChoice
  def initialize(theme)
    @theme = theme
  end

  def save_to(store)
    store[:theme] = @theme
  end
end

class ThemesController < ApplicationController
  def update
    prefs = {}
    ThemeChoice.new(params[:theme]).save_to(prefs)
    render json: prefs
  end
end
