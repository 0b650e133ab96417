class GreetingsController < ApplicationController
  def show
    render inline: "Hello #{params[:name]}" # vigil:expect VGL-RUBY-SSTI-001
  end
end
