# frozen_string_literal: true

class ExportsController < ApplicationController
  before_action :authenticate_user!

  def show
    export = current_account.exports.find_by!(token: params[:token])
    send_data export.csv_body, filename: "export-#{export.id}.csv", type: "text/csv"
  end
end
