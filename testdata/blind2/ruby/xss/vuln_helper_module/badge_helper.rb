# Badges shown next to feature names in the changelog.
module BadgeHelper
  COLORS = { "new" => "green", "beta" => "orange" }.freeze

  def badge_html(label)
    color = COLORS.fetch(label, "grey")
    text = label.strip
    "<span class=\"badge badge-#{color}\">#{text}</span>".html_safe # LABEL: CWE-79
  end
end
