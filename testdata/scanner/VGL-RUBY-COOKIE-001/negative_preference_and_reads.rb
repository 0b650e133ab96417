class PreferencesController < ApplicationController
  # a display preference carries no identity; reading and deleting cookies sets nothing
  def update
    cookies[:theme] = params[:theme] == "dark" ? "dark" : "light"
    cookies.permanent[:locale] = I18n.locale.to_s
    cookies.delete(:auth_token)
    @last = cookies[:session_hint]
    head :ok
  end
end
