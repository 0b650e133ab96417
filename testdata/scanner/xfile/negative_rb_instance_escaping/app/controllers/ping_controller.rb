class PingController < ApplicationController
  def show
    pinger = Pinger.new
    host = pinger.target(params[:host])
    render plain: `ping -c 1 #{host}`
  end
end
