module LayoutHelper
  SEPARATOR = "<span class=\"sep\">|</span>".freeze

  def separator
    SEPARATOR.html_safe
  end

  def icon
    "<svg class=\"icon\"></svg>".html_safe
  end
end
