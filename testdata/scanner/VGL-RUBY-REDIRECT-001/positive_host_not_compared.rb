class ReturnsController < ApplicationController
  # a host that is merely present, or compared with another parameter, pins nothing
  def back
    target = params[:return_to].to_s
    if URI.parse(target).host.present?
      redirect_to target # vigil:expect VGL-RUBY-REDIRECT-001
    end
  end

  def follow
    target = params[:url].to_s
    if URI.parse(target).host == params[:expected_host]
      redirect_to target # vigil:expect VGL-RUBY-REDIRECT-001
    end
  end
end
