# frozen_string_literal: true

module SafeNotificationsHelper
  def saved_flash
    flash_with_name(current_user.display_name)
  end

  # content_tag escapes a plain String content; nothing here is marked html_safe.
  def flash_with_name(name)
    content_tag(:div, "Thanks, #{name}! Your changes were saved.", class: "flash")
  end
end
