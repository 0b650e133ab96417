class LogsController < ApplicationController
  def grep
    out, _status = Open3.capture2("/bin/sh", "-c", "grep #{params[:q]} /var/log/app.log")
    system("bash", "-c", "tail -n #{params[:n]} /var/log/app.log")
    render plain: out
  end
end
