class GreetingsController < ApplicationController
  def show
    name = params[:name]
    render plain: "Hello #{name}"
    logger.info(raw("static <b>markup</b>"))
  end
end
