class LogsController < ApplicationController
  def tail
    lines = params[:lines]
    output = `tail -n #{lines} /var/log/app.log` # vigil:expect VGL-RUBY-CMDI-001
    listing = %x(ls #{params[:dir]}) # vigil:expect VGL-RUBY-CMDI-001
    render plain: output + listing
  end
end
