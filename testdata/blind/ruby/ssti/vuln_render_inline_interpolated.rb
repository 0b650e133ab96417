# frozen_string_literal: true

class GreetingsController < ApplicationController
  layout "marketing"

  def show
    name = params[:name] || "friend"
    render inline: "<p>Hello, #{name}! Today is <%= Date.current %>.</p>" # LABEL: CWE-1336
  end
end
