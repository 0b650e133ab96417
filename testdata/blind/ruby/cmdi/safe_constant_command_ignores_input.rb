# frozen_string_literal: true

class HealthController < ApplicationController
  DISK_CHECK = "df -h /var/lib/postgresql | tail -1"

  def disk
    Rails.logger.info("disk check requested by #{params[:requested_by]}")
    render plain: `#{DISK_CHECK}`
  end
end
