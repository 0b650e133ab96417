class GreetingsController < ApplicationController
  def show
    text = params[:text] || "Hello"
    render inline: "<p>#{text}, <%= current_user.name %></p>" # LABEL: CWE-1336
  end
end
