class PreviewController < ApplicationController
  def show
    send_data params[:html], type: "text/html", disposition: "inline"
  end
end
