class ProxyController < ApplicationController
  def show
    data = open("public/static/#{File.basename(params[:n])}").read
    render plain: data
  end
end
