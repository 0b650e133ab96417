# frozen_string_literal: true

class SafeGreetingsController < ApplicationController
  TEMPLATE = "<p>Hello, <%= @name %>! Today is <%= Date.current %>.</p>"

  def show
    @name = params[:name] || "friend"
    render inline: TEMPLATE
  end
end
