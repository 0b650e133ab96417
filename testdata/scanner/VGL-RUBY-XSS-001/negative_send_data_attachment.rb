class ExportsController < ApplicationController
  def download
    send_data params[:html], type: "text/html", disposition: "attachment"
  end
  def csv
    send_data params[:rows].to_s, type: "text/csv"
  end
end
