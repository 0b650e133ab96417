class DashboardController < ApplicationController
  def show
    @prefs = load_prefs
    @widgets = current_user.widgets.where(kind: @prefs.fetch("widgets", %w[sales traffic]))
  end

  private

  def load_prefs
    raw = cookies[:dash_prefs]
    return {} if raw.blank?

    JSON.parse(Base64.urlsafe_decode64(raw))
  rescue ArgumentError, JSON::ParserError
    {}
  end
end
