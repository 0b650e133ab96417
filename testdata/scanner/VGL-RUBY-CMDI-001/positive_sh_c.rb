class LogsController < ApplicationController
  def grep
    out, _status = Open3.capture2("/bin/sh", "-c", "grep #{params[:q]} /var/log/app.log") # vigil:expect VGL-RUBY-CMDI-001
    system("bash", "-c", "tail -n #{params[:n]} /var/log/app.log") # vigil:expect VGL-RUBY-CMDI-001
    render plain: out
  end
end
