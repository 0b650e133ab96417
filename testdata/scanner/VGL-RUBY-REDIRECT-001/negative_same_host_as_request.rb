class ReturnsController < ApplicationController
  # the return URL is followed only when its host is the one this request came to
  def back
    target = params[:return_to].to_s
    if URI.parse(target).host == request.host
      redirect_to target
    else
      redirect_to root_path
    end
  end

  def resume
    next_url = params[:next].to_s
    uri = URI(next_url)
    redirect_to(uri.to_s) if uri.host == request.host_with_port
  end
end
