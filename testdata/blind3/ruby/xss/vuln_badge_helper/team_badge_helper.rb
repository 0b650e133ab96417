module TeamBadgeHelper
  COLORS = { "gold" => "#d4af37", "silver" => "#c0c0c0" }.freeze

  def team_badge(team, motto)
    color = COLORS.fetch(team.tier, "#999")
    label = ERB::Util.html_escape(team.name)
    markup = %(<span class="badge" style="background:#{color}">#{label}</span>)
    markup << %(<em class="motto">#{motto}</em>)
    markup.html_safe # LABEL: CWE-79
  end

  def member_count(team)
    pluralize(team.members.count, "member")
  end
end
