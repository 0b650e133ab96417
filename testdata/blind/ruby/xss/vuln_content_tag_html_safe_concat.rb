# frozen_string_literal: true

module NotificationsHelper
  def flash_with_name(name)
    message = "Thanks, " + name + "! Your changes were saved."
    content_tag(:div, message.html_safe, class: "flash") # LABEL: CWE-79
  end
end

class SettingsController < ApplicationController
  helper NotificationsHelper

  def update
    current_user.update!(display_name: params[:display_name].to_s)
    @banner = helpers.flash_with_name(params[:display_name].to_s)
    render :saved
  end
end
