require "erb"

module BadgeHelper
  COLORS = { "new" => "green", "beta" => "orange" }.freeze

  def badge_html(label)
    color = COLORS.fetch(label, "grey")
    text = ERB::Util.html_escape(label)
    "<span class=\"badge badge-#{color}\">#{text}</span>".html_safe
  end
end
