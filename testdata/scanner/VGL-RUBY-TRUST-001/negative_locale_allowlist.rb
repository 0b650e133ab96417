class LocaleController < ApplicationController
  def set
    if I18n.available_locales.map(&:to_s).include?(params[:locale])
      session[:locale] = params[:locale]
    end
    redirect_to root_path
  end
end
