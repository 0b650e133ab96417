class PingController < ApplicationController
  def show
    host = params[:host]
    system("ping -c 1 #{host}") # vigil:expect VGL-RUBY-CMDI-001
  end
end
