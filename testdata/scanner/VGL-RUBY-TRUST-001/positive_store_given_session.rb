class ThemeChoice
  def initialize(theme)
    @theme = theme
  end

  def save_to(store)
    store[:theme] = @theme # vigil:expect VGL-RUBY-TRUST-001
  end
end

class ThemesController < ApplicationController
  def update
    ThemeChoice.new(params[:theme]).save_to(session)
    redirect_to root_path
  end
end
