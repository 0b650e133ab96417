class ToolsController < ApplicationController
  def ping
    host = params[:host]
    unless host =~ /\A[a-z0-9.-]+\z/
      head :bad_request
      return
    end
    system("ping -c 1 #{host}")
  end
end
