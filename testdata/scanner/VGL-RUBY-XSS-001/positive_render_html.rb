class GreetingsController < ApplicationController
  def show
    name = params[:name]
    render html: "<p>Hello #{name}</p>".html_safe # vigil:expect VGL-RUBY-XSS-001
  end
end
