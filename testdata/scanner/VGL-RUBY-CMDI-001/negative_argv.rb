class PingController < ApplicationController
  def show
    host = params[:host]
    system("ping", "-c", "1", host)
    out, _ = Open3.capture2("git", "log", "--", params[:path])
    render plain: out
  end
end
