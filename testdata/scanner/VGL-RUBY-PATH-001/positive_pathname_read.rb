class ExportsController < ApplicationController
  def show
    render plain: Pathname.new("/srv/exports/#{params[:name]}").read # vigil:expect VGL-RUBY-PATH-001
  end

  def raw
    send_data Rails.root.join("storage", params[:file]).binread # vigil:expect VGL-RUBY-PATH-001
  end
end
