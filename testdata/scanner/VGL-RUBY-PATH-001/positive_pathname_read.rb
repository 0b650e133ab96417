class ExportsController < ApplicationController
  def show
    render plain: Pathname.new("/srv/exports/#{params[:name]}").read
  end

  def raw
    send_data Rails.root.join("storage", params[:file]).binread
  end
end
