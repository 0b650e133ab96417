class GreetingsController < ApplicationController
  def show
    render plain: "Hello #{params[:name]}"
  end
end
