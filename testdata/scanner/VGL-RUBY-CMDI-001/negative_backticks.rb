require "shellwords"

class LogsController < ApplicationController
  def tail
    lines = params[:lines].to_i
    output = `tail -n #{lines} /var/log/app.log`
    listing = `ls #{Shellwords.escape(params[:dir])}`
    render plain: output + listing + `uptime`
  end
end
