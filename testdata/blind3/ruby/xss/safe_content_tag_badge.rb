module TeamBadgeHelper
  COLORS = { "gold" => "#d4af37", "silver" => "#c0c0c0" }.freeze

  def team_badge(team, motto)
    color = COLORS.fetch(team.tier, "#999")
    badge = content_tag(:span, team.name, class: "badge", style: "background:#{color}")
    quote = content_tag(:em, motto, class: "motto")
    safe_join([badge, quote], " ")
  end

  def member_count(team)
    pluralize(team.members.count, "member")
  end
end
