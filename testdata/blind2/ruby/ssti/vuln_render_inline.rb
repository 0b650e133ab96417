class GreetingsController < ApplicationController
  before_action :authenticate_user!
  rescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }

  def show
    text = params[:text] || "Hello"
    text = text.strip
    render inline: "<p>#{text}, <%= current_user.name %></p>" # LABEL: CWE-1336
  end
end
