class OutboundController < ApplicationController
  def go
    target = "https://#{params[:host]}/welcome"
    redirect_to(target, allow_other_host: true) # vigil:expect VGL-RUBY-REDIRECT-001
  end
end
