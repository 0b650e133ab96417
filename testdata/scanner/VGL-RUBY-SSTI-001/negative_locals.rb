require 'erb'

class GreetingsController < ApplicationController
  TEMPLATE = ERB.new(File.read('greeting.erb'))

  def show
    render :show, locals: { name: params[:name] }
  end
end
