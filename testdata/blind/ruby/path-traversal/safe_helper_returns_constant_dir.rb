# frozen_string_literal: true

class Reports::DownloadsController < ApplicationController
  before_action :authenticate_user!

  def show
    send_file report_file(params[:period]), type: "text/csv", disposition: "attachment"
  end

  private

  # The period only chooses between files the nightly job writes.
  def report_file(period)
    case period
    when "weekly" then Rails.root.join("storage", "reports", "weekly.csv")
    when "monthly" then Rails.root.join("storage", "reports", "monthly.csv")
    else Rails.root.join("storage", "reports", "daily.csv")
    end
  end
end
